package dev.switchboard.webhooks;

import dev.switchboard.accounts.CurrentUser;
import dev.switchboard.common.BadRequest;
import dev.switchboard.common.Ids;
import dev.switchboard.common.Limits;
import dev.switchboard.common.NotFound;
import dev.switchboard.common.Page;
import dev.switchboard.common.RuleViolation;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/webhooks} (admins): subscribe a URL to events, see its deliveries, remove it. */
@RestController
@RequestMapping("/api/v1/webhooks")
class WebhooksController {

    static final Set<String> EVENTS = Set.of("chat.created", "chat.updated", "message.created", "message.updated");
    private static final int MAX_WEBHOOKS = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Webhooks webhooks;

    WebhooksController(Webhooks webhooks) {
        this.webhooks = webhooks;
    }

    record NewWebhook(@Nullable String url, @Nullable List<String> events) {
    }

    /**
     * {@code status}: {@code active}, {@code failing} (since {@code failingSince}, still tried) or
     * {@code disabled} (after a day of failures, with the reason); the secret only when created.
     */
    record WebhookView(String id, String url, List<String> events, String status, Instant createdAt,
            @Nullable Instant failingSince, @Nullable Instant disabledAt, @Nullable String disabledReason,
            @Nullable String secret) {

        static WebhookView of(Webhooks.Webhook w, boolean withSecret) {
            String status = w.disabledAt() != null ? "disabled" : w.failingSince() != null ? "failing" : "active";
            return new WebhookView(w.id().toString(), w.url(), w.events(), status, w.createdAt(), w.failingSince(),
                    w.disabledAt(), w.disabledReason(), withSecret ? w.secret() : null);
        }
    }

    /** The workspace's webhooks (admins): active, failing since when, or disabled with the reason. */
    @GetMapping
    Page<WebhookView> list(@AuthenticationPrincipal CurrentUser me) {
        me.requireAdmin();
        return new Page<>(webhooks.list(me.workspaceId()).stream().map(w -> WebhookView.of(w, false)).toList(), null);
    }

    /** Subscribes a URL to events (admins): {url, events} → the signing secret, shown once. */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    WebhookView create(@AuthenticationPrincipal CurrentUser me, @RequestBody NewWebhook r) {
        me.requireAdmin();
        String url = r.url() == null ? "" : r.url().strip();
        if (!url.matches("https?://[^\\s/?#]+(/[^\\s]*)?") || url.length() > 2000) {
            throw new BadRequest("url", "The url must be an http(s) address");
        }
        if (r.events() == null || r.events().isEmpty()) {
            throw new BadRequest("events", "Pick at least one event: " + String.join(", ", EVENTS.stream().sorted().toList()));
        }
        Set<String> events = new LinkedHashSet<>();
        for (String event : r.events()) {
            if (event == null || !EVENTS.contains(event)) {
                throw new BadRequest("events", "Unknown event " + event + "; the events are "
                        + String.join(", ", EVENTS.stream().sorted().toList()));
            }
            events.add(event);
        }
        if (webhooks.list(me.workspaceId()).size() >= MAX_WEBHOOKS) {
            throw new RuleViolation("A workspace has at most " + MAX_WEBHOOKS + " webhooks");
        }
        return WebhookView.of(webhooks.create(me.workspaceId(), url, List.copyOf(events), secret()), true);
    }

    /** Removes a webhook (admins): it gets no more events. */
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@AuthenticationPrincipal CurrentUser me, @PathVariable String id) {
        me.requireAdmin();
        if (!webhooks.delete(me.workspaceId(), Ids.parseOrNotFound(id))) {
            throw new NotFound("Webhook not found");
        }
        return ResponseEntity.noContent().build();
    }

    /** Switches a webhook disabled after its failures on again; new events are sent to it. */
    @PostMapping("/{id}/enable")
    WebhookView enable(@AuthenticationPrincipal CurrentUser me, @PathVariable String id) {
        me.requireAdmin();
        UUID webhookId = Ids.parseOrNotFound(id);
        if (!webhooks.enable(me.workspaceId(), webhookId)) {
            throw new NotFound("Webhook not found");
        }
        return WebhookView.of(webhooks.find(me.workspaceId(), webhookId).orElseThrow(), false);
    }

    /** The webhook's deliveries, newest first. */
    @GetMapping("/{id}/deliveries")
    Page<Webhooks.Delivery> deliveries(@AuthenticationPrincipal CurrentUser me, @PathVariable String id,
            @RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
        me.requireAdmin();
        UUID webhookId = Ids.parseOrNotFound(id);
        webhooks.find(me.workspaceId(), webhookId).orElseThrow(() -> new NotFound("Webhook not found"));
        return webhooks.deliveries(me.workspaceId(), webhookId, cursor, Limits.pageSize(limit));
    }

    private static String secret() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return "whsec_" + java.util.HexFormat.of().formatHex(bytes);
    }
}
