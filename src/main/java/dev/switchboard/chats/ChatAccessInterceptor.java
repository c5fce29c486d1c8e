package dev.switchboard.chats;

import dev.switchboard.accounts.CurrentUser;
import dev.switchboard.common.Ids;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every call on one chat ({@code /api/v1/chats/{id}} and below) first checks that the
 * caller may see that chat, so no endpoint added later can forget to.
 */
@Configuration
class ChatAccessInterceptor implements HandlerInterceptor, WebMvcConfigurer {

    private final ChatAccess access;

    ChatAccessInterceptor(ChatAccess access) {
        this.access = access;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/v1/chats/*", "/api/v1/chats/*/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> vars)
                || !(vars.get("id") instanceof String id)) {
            return true;
        }
        Optional<UUID> chatId = Ids.parse(id);
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (chatId.isPresent() && auth != null && auth.getPrincipal() instanceof CurrentUser me) {
            access.require(me, chatId.get());
        }
        return true;
    }
}
