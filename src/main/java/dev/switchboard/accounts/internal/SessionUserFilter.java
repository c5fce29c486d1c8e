package dev.switchboard.accounts.internal;

import dev.switchboard.accounts.CurrentUser;
import dev.switchboard.accounts.SignIn;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A session holds who signed in, but the user may since have been removed, demoted or had
 * their password changed: every request of a session reads the user afresh, and a session
 * whose user is gone or changed in a way that matters ends.
 */
@Component
class SessionUserFilter extends OncePerRequestFilter {

    private final SignIn signIn;
    private final SecurityContextRepository contexts;

    SessionUserFilter(SignIn signIn, SecurityContextRepository contexts) {
        this.signIn = signIn;
        this.contexts = contexts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        HttpSession session = request.getSession(false);
        if (session != null && !BearerTokenFilter.hasBearerToken(request)
                && current != null && current.getPrincipal() instanceof CurrentUser user) {
            Optional<CurrentUser> fresh = signIn.current(user.workspaceId(), user.id(), user.sessionStamp());
            if (fresh.isEmpty()) {
                session.invalidate();
                SecurityContextHolder.clearContext();
            } else if (!fresh.get().equals(user)) {
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(SignIn.asSpring(fresh.get()));
                SecurityContextHolder.setContext(context);
                contexts.saveContext(context, request, response);
            }
        }
        chain.doFilter(request, response);
    }
}
