package dev.switchboard.accounts;

import dev.switchboard.common.Ids;
import dev.switchboard.common.NotFound;
import dev.switchboard.common.RuleViolation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** API tokens and the users of the workspace (admins only, but anyone may list users). */
@RestController
@RequestMapping("/api/v1")
class TeamController {

    private final ApiTokens tokens;
    private final Users users;
    private final SignUp signUp;
    private final Workspaces workspaces;
    private final org.springframework.security.crypto.password.PasswordEncoder passwords;
    private final ApplicationEventPublisher events;

    TeamController(ApiTokens tokens, Users users, SignUp signUp, Workspaces workspaces,
            org.springframework.security.crypto.password.PasswordEncoder passwords, ApplicationEventPublisher events) {
        this.events = events;
        this.tokens = tokens;
        this.users = users;
        this.signUp = signUp;
        this.workspaces = workspaces;
        this.passwords = passwords;
    }

    record NewToken(@NotBlank @Size(max = 200) String name) {
    }

    record TokenCreated(String id, String name, String token) {
    }

    record TokenRow(String id, String name, Instant createdAt, @Nullable Instant lastUsedAt) {
    }

    record Items<T>(List<T> items, @Nullable String nextCursor) {
    }

    record NewUser(@NotBlank @Size(max = 200) String name, @NotBlank @Email String email,
            @NotBlank @Size(min = 8, max = 200) String password, @NotNull Role role,
            @Nullable List<UUID> channelIds, @Nullable Boolean supervisor) {
    }

    record UserRow(String id, String name, String email, String role, boolean supervisor, List<String> channelIds) {
    }

    /** Creates an API token (admins): {name} → its value, shown once. */
    @PostMapping("/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    TokenCreated createToken(@AuthenticationPrincipal CurrentUser me, @Valid @RequestBody NewToken r) {
        me.requireAdmin();
        String token = ApiTokens.newToken();
        UUID id = Ids.next();
        tokens.create(me.workspaceId(), id, me.id(), r.name().trim(), token);
        return new TokenCreated(id.toString(), r.name().trim(), token);
    }

    /** The workspace's API tokens (admins), without their values, with when each was last used. */
    @GetMapping("/tokens")
    Items<TokenRow> listTokens(@AuthenticationPrincipal CurrentUser me) {
        me.requireAdmin();
        return new Items<>(tokens.list(me.workspaceId()).stream()
                .map(t -> new TokenRow(t.id().toString(), t.name(), t.createdAt(), t.lastUsedAt())).toList(), null);
    }

    /** Revokes an API token (admins): calls with it are refused from now on. */
    @DeleteMapping("/tokens/{id}")
    ResponseEntity<Void> revokeToken(@AuthenticationPrincipal CurrentUser me, @PathVariable String id) {
        me.requireAdmin();
        if (!tokens.revoke(me.workspaceId(), Ids.parseOrNotFound(id))) {
            throw new NotFound("Token not found");
        }
        return ResponseEntity.noContent().build();
    }

    /** The team: users with role, supervisor mark and channels. */
    @GetMapping("/users")
    Items<UserRow> listUsers(@AuthenticationPrincipal CurrentUser me) {
        return new Items<>(users.list(me.workspaceId()).stream().map(u -> row(me.workspaceId(), u)).toList(), null);
    }

    /** Adds a user (admins): {name, email, password, role, channelIds, supervisor}. */
    @PostMapping("/users")
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    UserRow createUser(@AuthenticationPrincipal CurrentUser me, @Valid @RequestBody NewUser r) {
        me.requireAdmin();
        if (r.role() == Role.owner) {
            throw new dev.switchboard.common.BadRequest("role", "role must be admin or operator");
        }
        User user = signUp.addUser(me.workspaceId(), r.name(), r.email(), r.password(), r.role(), Boolean.TRUE.equals(r.supervisor()));
        users.setChannels(me.workspaceId(), user.id(), r.channelIds() == null ? List.of() : r.channelIds());
        return row(me.workspaceId(), user);
    }

    record UserChange(@Nullable @Size(min = 1, max = 200) String name, @Nullable Role role,
            @Nullable @Size(min = 8, max = 200) String password, @Nullable List<UUID> channelIds,
            @Nullable Boolean supervisor) {
    }

    /** Changes a user (admins): name, password, role, channels, supervisor mark. */
    @PatchMapping("/users/{id}")
    @Transactional
    UserRow updateUser(@AuthenticationPrincipal CurrentUser me, @PathVariable String id,
            @Valid @RequestBody UserChange r) {
        me.requireAdmin();
        User user = users.find(me.workspaceId(), Ids.parseOrNotFound(id)).orElseThrow(() -> new NotFound("User not found"));
        if (user.role() == Role.owner && me.role() != Role.owner) {
            throw new dev.switchboard.common.Forbidden("Only the owner may change the owner's account");
        }
        if (r.role() == Role.owner || (user.role() == Role.owner && r.role() != null && r.role() != Role.owner)) {
            throw new RuleViolation("The owner's role cannot be given or taken");
        }
        if (r.password() != null) {
            Passwords.check(r.password());
        }
        users.update(me.workspaceId(), user.id(), r.name() == null ? user.name() : r.name().trim(),
                r.role() == null ? user.role() : r.role(),
                r.supervisor() == null ? user.supervisor() : r.supervisor());
        if (r.password() != null) {
            users.setPassword(me.workspaceId(), user.id(), passwords.encode(r.password()));
        }
        if (r.channelIds() != null) {
            users.setChannels(me.workspaceId(), user.id(), r.channelIds());
        }
        events.publishEvent(new AccessChanged(me.workspaceId()));
        return row(me.workspaceId(), users.find(me.workspaceId(), user.id()).orElseThrow());
    }

    /** Deactivates a user (admins): they can no longer sign in; their chats are nobody's. Not the owner, not oneself. */
    @DeleteMapping("/users/{id}")
    ResponseEntity<Void> deleteUser(@AuthenticationPrincipal CurrentUser me, @PathVariable String id) {
        me.requireAdmin();
        User user = users.find(me.workspaceId(), Ids.parseOrNotFound(id)).orElseThrow(() -> new NotFound("User not found"));
        if (user.role() == Role.owner || user.id().equals(me.id())) {
            throw new RuleViolation("The owner and you yourself cannot be removed");
        }
        users.deactivate(me.workspaceId(), user.id());
        events.publishEvent(new AccessChanged(me.workspaceId()));
        return ResponseEntity.noContent().build();
    }

    record WorkspaceChange(@Nullable @Size(min = 1, max = 200) String name, @Nullable String country,
            @Nullable String timezone, @Nullable String locale, @Nullable Boolean operatorsSeeAllChats,
            @Nullable @jakarta.validation.constraints.Min(10) Integer responseTimeAlertSeconds,
            @Nullable Boolean autoAssign) {
    }

    /** The workspace's settings. */
    @GetMapping("/workspace")
    Workspace workspace(@AuthenticationPrincipal CurrentUser me) {
        return workspaces.get(me.workspaceId());
    }

    /** Changes the workspace's settings (admins): name, time zone, operatorsSeeAllChats, autoAssign, responseTimeAlertSeconds. */
    @PatchMapping("/workspace")
    Workspace updateWorkspace(@AuthenticationPrincipal CurrentUser me, @Valid @RequestBody WorkspaceChange r) {
        me.requireAdmin();
        Workspace w = workspaces.get(me.workspaceId());
        Workspace changed = new Workspace(w.id(), r.name() == null ? w.name() : r.name().trim(),
                r.country() == null ? w.country() : WorkspaceSettings.country(r.country()),
                r.timezone() == null ? w.timezone() : WorkspaceSettings.timezone(r.timezone()),
                r.locale() == null ? w.locale() : WorkspaceSettings.locale(r.locale()),
                r.operatorsSeeAllChats() == null ? w.operatorsSeeAllChats() : r.operatorsSeeAllChats(),
                r.responseTimeAlertSeconds() == null ? w.responseTimeAlertSeconds() : r.responseTimeAlertSeconds(),
                r.autoAssign() == null ? w.autoAssign() : r.autoAssign());
        workspaces.update(changed);
        if (changed.operatorsSeeAllChats() != w.operatorsSeeAllChats()) {
            events.publishEvent(new AccessChanged(me.workspaceId()));
        }
        return changed;
    }

    private UserRow row(UUID workspaceId, User u) {
        return new UserRow(u.id().toString(), u.name(), u.email(), u.role().name(), u.supervisor(),
                users.channelIds(workspaceId, u.id()).stream().map(UUID::toString).toList());
    }
}
