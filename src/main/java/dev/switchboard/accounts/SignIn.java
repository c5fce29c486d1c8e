package dev.switchboard.accounts;

import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** Tells who a request is: by e-mail and password, or by API token. */
@Service
public class SignIn {

    /** Compared against when the e-mail is unknown, so a miss costs as long as a wrong password. */
    private final String decoyHash;

    private final Users users;
    private final PasswordEncoder passwords;

    SignIn(Users users, PasswordEncoder passwords) {
        this.users = users;
        this.passwords = passwords;
        this.decoyHash = passwords.encode("decoy-password-for-timing");
    }

    public Optional<CurrentUser> byPassword(String email, String password) {
        if (!Passwords.fits(password)) {
            return Optional.empty();
        }
        Optional<Users.Credentials> credentials = users.credentials(email.trim());
        if (credentials.isEmpty()) {
            passwords.matches(password, decoyHash);
            return Optional.empty();
        }
        return passwords.matches(password, credentials.get().passwordHash())
                ? Optional.of(credentials.get().user()) : Optional.empty();
    }

    /** The user of a session as they are now; empty when removed or their password changed since. */
    public Optional<CurrentUser> current(java.util.UUID workspaceId, java.util.UUID id, String sessionStamp) {
        return users.currentUser(workspaceId, id).filter(u -> u.sessionStamp().equals(sessionStamp));
    }

    public Optional<CurrentUser> byToken(String token) {
        return users.byTokenHash(ApiTokens.hash(token));
    }

    public static Authentication asSpring(CurrentUser user) {
        return UsernamePasswordAuthenticationToken.authenticated(user, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + user.role().name().toUpperCase())));
    }
}
