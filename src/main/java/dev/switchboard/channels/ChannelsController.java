package dev.switchboard.channels;

import dev.switchboard.accounts.CurrentUser;
import dev.switchboard.accounts.Visibilities;
import dev.switchboard.accounts.Visibility;
import dev.switchboard.common.Ids;
import dev.switchboard.common.BadRequest;
import dev.switchboard.common.NotFound;
import dev.switchboard.common.RuleViolation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Connecting, listing and removing channels. */
@RestController
@RequestMapping("/api/v1/channels")
class ChannelsController {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private final Channels channels;
    private final Connectors connectors;
    private final String publicUrl;
    private final Visibilities visibilities;

    ChannelsController(Channels channels, Connectors connectors, Visibilities visibilities,
            @Value("${switchboard.public-url}") String publicUrl) {
        this.visibilities = visibilities;
        this.channels = channels;
        this.connectors = connectors;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    record NewChannel(@NotNull ChannelType type, @NotBlank @Size(max = 200) String name,
            @Nullable Map<String, Object> settings) {
    }

    /**
     * {@code writeFirstBy}: the addresses a first message can go to (phone, email, username,
     * externalId); {@code hasComments}: comments under posts become chats; {@code hasPlatformTemplates}:
     * templates the platform approved can be sent (WhatsApp). For admins, what
     * the hook last heard ({@code lastEventAt}) and the last call it refused ({@code problem}); for
     * a website widget, the script tag to paste into the site ({@code embedSnippet}).
     */
    record ChannelView(String id, String type, String name, String status, @Nullable String webhookUrl,
            boolean canWriteFirst, List<String> writeFirstBy, boolean hasComments, boolean hasPlatformTemplates,
            Map<String, Object> settings, @Nullable String secret, java.time.@Nullable Instant lastEventAt,
            @Nullable String problem, java.time.@Nullable Instant problemAt, @Nullable String embedSnippet) {
    }

    /** {@code status}: {@code active} or {@code disabled}; settings left as shown (masked) keep their value. */
    record ChannelChange(@Nullable @Size(min = 1, max = 200) String name, @Nullable String status,
            @Nullable Map<String, Object> settings) {
    }

    record Items(List<ChannelView> items, @Nullable String nextCursor) {
    }

    /** Connects a channel (admins): {type, name, settings}. The platform checks the credentials (422 with its refusal) and the hook is registered where the platform allows it; the API channel and the widget answer their secret once. */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ChannelView create(@AuthenticationPrincipal CurrentUser me, @Valid @RequestBody NewChannel r) {
        me.requireAdmin();
        Connector connector = connectors.of(r.type());
        Channel draft = new Channel(me.workspaceId(), Ids.next(), r.type(), r.name().trim(), "active",
                new HashMap<>(r.settings() == null ? Map.of() : r.settings()), secret());
        Channel connected = new Channel(draft.workspaceId(), draft.id(), draft.type(), draft.name(), draft.status(),
                connector.connect(draft), draft.secret());
        channels.create(connected);
        try {
            connector.registerHook(connected);
        } catch (RuleViolation e) {
            // the channel stands; the admin sees what to do by hand
            channels.refused(connected.id(), e.getMessage());
        }
        boolean showSecret = r.type() == ChannelType.api || r.type() == ChannelType.widget;
        return view(me, connected, showSecret);
    }

    /** The channels the caller works in; an operator sees neither their settings nor their hook. */
    @GetMapping
    Items list(@AuthenticationPrincipal CurrentUser me) {
        Visibility v = visibilities.of(me);
        Map<UUID, Channels.Health> health = me.isAdmin() ? channels.health(me.workspaceId(), null) : Map.of();
        return new Items(channels.list(me.workspaceId()).stream().filter(c -> v.seesChannel(c.id()))
                .map(c -> view(me, c, false, health.getOrDefault(c.id(), Channels.Health.NONE))).toList(), null);
    }

    /** One channel; settings (secrets masked), hook URL and health only for admins. */
    @GetMapping("/{id}")
    ChannelView get(@AuthenticationPrincipal CurrentUser me, @PathVariable String id) {
        Channel channel = find(me, id);
        if (!visibilities.of(me).seesChannel(channel.id())) {
            throw new NotFound("Channel not found");
        }
        return view(me, channel, false);
    }

    /** The templates the platform approved for the channel (WhatsApp), for sending after its 24-hour window. */
    @GetMapping("/{id}/platform-templates")
    Map<String, Object> platformTemplates(@AuthenticationPrincipal CurrentUser me, @PathVariable String id) {
        Channel channel = find(me, id);
        if (!visibilities.of(me).seesChannel(channel.id())) {
            throw new NotFound("Channel not found");
        }
        Map<String, Object> answer = new HashMap<>();
        answer.put("items", connectors.of(channel.type()).platformTemplates(channel));
        answer.put("nextCursor", null);
        return answer;
    }

    /**
     * Renames, pauses or resumes a channel, or changes its settings: new settings are checked
     * with the platform as on creation (and the hook registered again where the platform
     * allows it); a demo channel's settings cannot change.
     */
    @PatchMapping("/{id}")
    ChannelView update(@AuthenticationPrincipal CurrentUser me, @PathVariable String id,
            @Valid @RequestBody ChannelChange r) {
        me.requireAdmin();
        Channel channel = find(me, id);
        if (r.status() != null && !r.status().equals("active") && !r.status().equals(Channel.DISABLED)) {
            throw new BadRequest("status", "status must be active or disabled");
        }
        if (r.name() != null && r.name().isBlank()) {
            throw new BadRequest("name", "The name cannot be empty");
        }
        Map<String, Object> settings = channel.settings();
        if (r.settings() != null) {
            if (Channel.DEMO.equals(channel.status())) {
                throw new RuleViolation("A demo channel talks to no platform: connect a real account instead");
            }
            Connector connector = connectors.of(channel.type());
            Map<String, Object> shown = connector.visibleSettings(channel.settings());
            Map<String, Object> merged = new HashMap<>(channel.settings());
            r.settings().forEach((key, value) -> {
                if (!java.util.Objects.equals(value, shown.get(key)) || !channel.settings().containsKey(key)) {
                    merged.put(key, value);
                }
            });
            settings = connector.connect(new Channel(channel.workspaceId(), channel.id(), channel.type(),
                    channel.name(), channel.status(), merged, channel.secret()));
        }
        Channel changed = new Channel(channel.workspaceId(), channel.id(), channel.type(),
                r.name() == null ? channel.name() : r.name().trim(), channel.status(), settings, channel.secret());
        channels.update(changed);
        if (r.settings() != null) {
            try {
                connectors.of(channel.type()).registerHook(changed);
            } catch (RuleViolation e) {
                channels.refused(channel.id(), e.getMessage());
            }
        }
        if (r.status() != null) {
            channels.setEnabled(me.workspaceId(), channel.id(), r.status().equals("active"));
        }
        return view(me, find(me, id), false);
    }

    /**
     * A new secret for a channel whose calls we sign and check with it (the API channel, the
     * widget): shown once; calls signed with the old one are refused from now on.
     */
    @PostMapping("/{id}/secret")
    ChannelView rotateSecret(@AuthenticationPrincipal CurrentUser me, @PathVariable String id) {
        me.requireAdmin();
        Channel channel = find(me, id);
        if (channel.type() != ChannelType.api && channel.type() != ChannelType.widget) {
            throw new RuleViolation("Only the API channel and the widget have a secret to rotate; the platforms' own"
                    + " secrets change in the channel's settings");
        }
        Channel rotated = new Channel(channel.workspaceId(), channel.id(), channel.type(), channel.name(),
                channel.status(), channel.settings(), secret());
        channels.update(rotated);
        return view(me, rotated, true);
    }

    /** Removes a channel: its chats and their history stay; the platform is told to stop calling where it can be. */
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@AuthenticationPrincipal CurrentUser me, @PathVariable String id) {
        me.requireAdmin();
        Channel channel = find(me, id);
        if (!channels.delete(me.workspaceId(), channel.id())) {
            throw new NotFound("Channel not found");
        }
        if (!Channel.DEMO.equals(channel.status())) {
            connectors.find(channel.type()).ifPresent(c -> c.disconnect(channel));
        }
        return ResponseEntity.noContent().build();
    }

    private Channel find(CurrentUser me, String id) {
        UUID channelId = Ids.parseOrNotFound(id);
        return channels.find(me.workspaceId(), channelId).orElseThrow(() -> new NotFound("Channel not found"));
    }

    private ChannelView view(CurrentUser me, Channel c, boolean withSecret) {
        return view(me, c, withSecret, me.isAdmin()
                ? channels.health(me.workspaceId(), c.id()).getOrDefault(c.id(), Channels.Health.NONE)
                : Channels.Health.NONE);
    }

    private ChannelView view(CurrentUser me, Channel c, boolean withSecret, Channels.Health health) {
        var connector = connectors.find(c.type());
        return new ChannelView(c.id().toString(), c.type().name(), c.name(), c.status(),
                me.isAdmin() ? publicUrl + "/hooks/" + c.id() : null, c.type().canWriteFirst(),
                c.type().writeFirstBy().stream().sorted().toList(), c.type().hasComments(),
                c.type().hasPlatformTemplates(),
                me.isAdmin() ? connector.map(k -> k.visibleSettings(c.settings())).orElse(Map.of()) : Map.of(),
                withSecret ? c.secret() : null, health.lastEventAt(), health.problem(), health.problemAt(),
                me.isAdmin() && c.type() == ChannelType.widget ? "<script src=\"" + publicUrl + "/widget.js\""
                        + " data-channel=\"" + c.id() + "\" async></script>" : null);
    }

    /** A secret a platform can carry in a header (Telegram allows A-Z, a-z, 0-9, _ and -). */
    static String secret() {
        StringBuilder s = new StringBuilder(40);
        for (int i = 0; i < 40; i++) {
            s.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }
}
