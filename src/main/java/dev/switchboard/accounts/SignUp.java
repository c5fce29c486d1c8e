package dev.switchboard.accounts;

import dev.switchboard.common.Conflict;
import dev.switchboard.common.Ids;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opens a workspace for a business, with its owner, and adds users to it. */
@Service
public class SignUp {

    private final Workspaces workspaces;
    private final Users users;
    private final ApiTokens tokens;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;

    SignUp(Workspaces workspaces, Users users, ApiTokens tokens, PasswordEncoder passwords,
            ApplicationEventPublisher events) {
        this.workspaces = workspaces;
        this.users = users;
        this.tokens = tokens;
        this.passwords = passwords;
        this.events = events;
    }

    /** The workspace, its owner and the owner's first API token (shown once). */
    public record Opened(Workspace workspace, User owner, String token) {
    }

    @Transactional
    public Opened open(String workspaceName, String name, String email, String password, String country,
            String timezone, String locale) {
        Workspace workspace = new Workspace(Ids.next(), workspaceName.trim(), country, timezone, locale,
                false, 900, false);
        workspaces.create(workspace);
        User owner = addUser(workspace.id(), name, email, password, Role.owner, false);
        String token = ApiTokens.newToken();
        tokens.create(workspace.id(), Ids.next(), owner.id(), "Sign-up token", token);
        events.publishEvent(new WorkspaceCreated(workspace.id(), locale));
        return new Opened(workspace, owner, token);
    }

    @Transactional
    public User addUser(UUID workspaceId, String name, String email, String password, Role role, boolean supervisor) {
        Passwords.check(password);
        String normalisedEmail = email.trim().toLowerCase(java.util.Locale.ROOT);
        if (users.emailTaken(normalisedEmail)) {
            throw new Conflict("A user with this e-mail already exists");
        }
        UUID id = Ids.next();
        users.create(workspaceId, id, name.trim(), normalisedEmail, passwords.encode(password), role, supervisor);
        return new User(id, name.trim(), normalisedEmail, role, supervisor);
    }
}
