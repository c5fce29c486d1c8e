package dev.switchboard.accounts.internal;

import dev.switchboard.accounts.SignIn;
import dev.switchboard.common.Problems;
import dev.switchboard.accounts.CurrentUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** Signs in a request that carries {@code Authorization: Bearer <token>} (or a stream's ?token=). */
@Component
class BearerTokenFilter extends OncePerRequestFilter {

    private final SignIn signIn;

    BearerTokenFilter(SignIn signIn) {
        this.signIn = signIn;
    }

    static boolean hasBearerToken(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    /** API tokens are for the API; the widget's visitors carry tokens of their own under /widget. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String token = token(request);
        if (token != null) {
            Optional<CurrentUser> user = signIn.byToken(token);
            if (user.isEmpty()) {
                Problems.write(response, 401, "Unauthorized", "The API token is not valid");
                return;
            }
            SecurityContextHolder.getContext().setAuthentication(SignIn.asSpring(user.get()));
        }
        chain.doFilter(request, response);
    }

    private static String token(HttpServletRequest request) {
        if (hasBearerToken(request)) {
            return request.getHeader("Authorization").substring(7).trim();
        }
        if (request.getRequestURI().equals("/api/v1/stream")) {
            return request.getParameter("token");
        }
        return null;
    }
}
