package dev.switchboard.accounts;

import dev.switchboard.common.Forbidden;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Sign-up, sign-in and sign-out, and who the caller is. */
@RestController
@RequestMapping("/api/v1")
class SessionController {

    private final SignUp signUp;
    private final SignIn signIn;
    private final Workspaces workspaces;
    private final SignInThrottle throttle;
    private final SecurityContextRepository contexts;
    private final boolean signupEnabled;
    private final CsrfTokenRepository csrfTokens;

    SessionController(SignUp signUp, SignIn signIn, Workspaces workspaces, SignInThrottle throttle,
            SecurityContextRepository contexts, CsrfTokenRepository csrfTokens,
            @Value("${switchboard.signup-enabled:true}") boolean signupEnabled) {
        this.csrfTokens = csrfTokens;
        this.signUp = signUp;
        this.signIn = signIn;
        this.workspaces = workspaces;
        this.throttle = throttle;
        this.contexts = contexts;
        this.signupEnabled = signupEnabled;
    }

    record SignUpRequest(@NotBlank @Size(max = 200) String workspace, @NotBlank @Size(max = 200) String name,
            @NotBlank @Email @Size(max = 320) String email, @NotBlank @Size(min = 8, max = 200) String password,
            @Nullable String country, @Nullable String timezone, @Nullable String locale) {
    }

    record SignUpAnswer(WorkspaceRef workspace, UserView user, String token) {
    }

    record WorkspaceRef(String id, String name) {
    }

    record UserView(String id, String name, String email, String role) {
    }

    record Me(UserView user, WorkspaceView workspace) {
    }

    record SignInRequest(@NotBlank @Size(max = 320) String email, @NotBlank @Size(max = 200) String password) {
    }

    /** Opens a workspace with its owner; answers an API token for it. */
    @PostMapping("/signup")
    @ResponseStatus(HttpStatus.CREATED)
    SignUpAnswer signUp(@Valid @RequestBody SignUpRequest r) {
        if (!signupEnabled) {
            throw new Forbidden("Sign-up is switched off on this server");
        }
        String country = WorkspaceSettings.country(Optional.ofNullable(r.country()).orElse("RU"));
        String timezone = WorkspaceSettings.timezone(Optional.ofNullable(r.timezone()).orElse("Europe/Moscow"));
        String locale = WorkspaceSettings.locale(Optional.ofNullable(r.locale()).orElse("ru"));
        SignUp.Opened opened = signUp.open(r.workspace(), r.name(), r.email(), r.password(), country, timezone, locale);
        return new SignUpAnswer(new WorkspaceRef(opened.workspace().id().toString(), opened.workspace().name()),
                new UserView(opened.owner().id().toString(), opened.owner().name(), opened.owner().email(),
                        opened.owner().role().name()),
                opened.token());
    }

    /** Signs in with e-mail and password; answers the user and sets the session cookie. Failures are rate-limited. */
    @PostMapping("/session")
    ResponseEntity<?> signIn(@Valid @RequestBody SignInRequest r, HttpServletRequest request,
            HttpServletResponse response) {
        String address = request.getRemoteAddr();
        if (!throttle.attempt(r.email(), address)) {
            ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                    "Too many failed sign-in attempts; try again in a few minutes");
            p.setTitle("Too many requests");
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", "900").body(p);
        }
        Optional<CurrentUser> user = signIn.byPassword(r.email(), r.password());
        if (user.isEmpty()) {
            ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, "Wrong e-mail or password");
            p.setTitle("Unauthorized");
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(p);
        }
        throttle.succeeded(r.email(), address);
        HttpSession old = request.getSession(false);
        if (old != null) {
            old.invalidate();
        }
        request.getSession(true);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(SignIn.asSpring(user.get()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        // a new session gets a new CSRF token, as Spring's own sign-in would do
        csrfTokens.saveToken(csrfTokens.generateToken(request), request, response);
        return ResponseEntity.ok(me(user.get()));
    }

    /** Signs out: the session ends. */
    @DeleteMapping("/session")
    ResponseEntity<Void> signOut(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
        return ResponseEntity.noContent().build();
    }

    /** Sets the CSRF cookie for a browser that has none yet. */
    @GetMapping("/session/csrf")
    ResponseEntity<Void> csrf(CsrfToken token) {
        token.getToken();
        return ResponseEntity.noContent().build();
    }

    /** The signed-in user, their workspace and its settings. */
    @GetMapping("/me")
    Me me(@AuthenticationPrincipal CurrentUser user) {
        return new Me(new UserView(user.id().toString(), user.name(), user.email(), user.role().name()),
                WorkspaceView.of(workspaces.get(user.workspaceId())));
    }

    record WorkspaceView(String id, String name, String country, String timezone, String locale,
            boolean operatorsSeeAllChats, int responseTimeAlertSeconds, boolean autoAssign) {

        static WorkspaceView of(Workspace w) {
            return new WorkspaceView(w.id().toString(), w.name(), w.country(), w.timezone(), w.locale(),
                    w.operatorsSeeAllChats(), w.responseTimeAlertSeconds(), w.autoAssign());
        }
    }
}
