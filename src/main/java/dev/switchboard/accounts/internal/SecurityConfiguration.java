package dev.switchboard.accounts.internal;

import dev.switchboard.common.Problems;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;

/**
 * Who may call what: the browser signs in with a session cookie and sends the CSRF header
 * on every change; integrations send a bearer token and need no CSRF; platforms call the
 * hooks, which check their own signatures.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain security(HttpSecurity http, BearerTokenFilter bearer, SessionUserFilter sessionUser,
            CsrfTokenRepository csrfTokens) throws Exception {
        http
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.POST, "/api/v1/signup", "/api/v1/session").permitAll()
                        .requestMatchers("/api/v1/session/csrf", "/api/v1/openapi.json", "/api/v1/openapi.json/**",
                                "/api/v1/docs", "/api/v1/docs/**", "/swagger-ui/**", "/v3/api-docs/**").permitAll()
                        .requestMatchers("/api/**").authenticated()
                        .anyRequest().permitAll())
                .csrf(csrf -> csrf
                        .spa()
                        .csrfTokenRepository(csrfTokens)
                        .ignoringRequestMatchers("/hooks/**", "/widget/**", "/api/v1/signup")
                        .ignoringRequestMatchers(BearerTokenFilter::hasBearerToken)
                        // without a session there is nothing to forge: let such calls reach the 401
                        .ignoringRequestMatchers(r -> r.getRequestedSessionId() == null
                                && !r.getRequestURI().equals("/api/v1/session")))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
                .securityContext(c -> c.securityContextRepository(securityContextRepository()))
                .addFilterBefore(bearer, BasicAuthenticationFilter.class)
                .addFilterAfter(sessionUser, BearerTokenFilter.class)
                .httpBasic(b -> b.disable())
                .formLogin(f -> f.disable())
                .logout(l -> l.disable())
                .requestCache(c -> c.disable())
                .headers(h -> h.frameOptions(f -> f.deny()))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((req, res, ex) -> Problems.write(res, 401, "Unauthorized",
                                "Sign in or send an API token"))
                        .accessDeniedHandler((req, res, ex) -> Problems.write(res, 403, "Forbidden",
                                "The request was refused: missing or invalid CSRF token, or not allowed")));
        return http.build();
    }

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }

    /** The browser reads the token from the XSRF-TOKEN cookie and sends it back in X-XSRF-TOKEN. */
    @Bean
    CsrfTokenRepository csrfTokenRepository() {
        return CookieCsrfTokenRepository.withHttpOnlyFalse();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
