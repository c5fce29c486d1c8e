package dev.switchboard.templates;

import dev.switchboard.accounts.CurrentUser;
import dev.switchboard.common.Ids;
import dev.switchboard.common.Limits;
import dev.switchboard.common.NotFound;
import dev.switchboard.common.Page;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Templates through the API. Everyone keeps their own (personal); the workspace's are
 * changed by owners and admins. Someone else's personal template does not exist for you.
 */
@RestController
@RequestMapping("/api/v1/templates")
class TemplatesController {

    /** Letters, digits, "_" and "-", typed after "/" in the composer. */
    static final String SHORTCUT = "/?[\\p{L}\\p{N}_-]{1,32}";

    private final Templates templates;

    TemplatesController(Templates templates) {
        this.templates = templates;
    }

    record NewTemplate(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 4000) String text,
            @Nullable @Pattern(regexp = SHORTCUT) String shortcut, @Nullable Boolean personal) {
    }

    record TemplateChange(@Nullable @Size(min = 1, max = 200) String title, @Nullable @Size(min = 1, max = 4000) String text,
            @Nullable @Pattern(regexp = SHORTCUT + "|") String shortcut) {
    }

    record Placeholders(java.util.List<String> items) {
    }

    /** The templates the caller may use: the workspace's and their own; q= searches titles, texts and shortcuts. */
    @GetMapping
    Page<Template> list(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) String q,
            @RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
        return templates.list(me.workspaceId(), me.id(), q, cursor, Limits.pageSize(limit));
    }

    /** The placeholders a template's text may hold. */
    @GetMapping("/placeholders")
    Placeholders placeholders() {
        return new Placeholders(TemplateText.PLACEHOLDERS.stream().map(p -> "{" + p + "}").toList());
    }

    /** One template. */
    @GetMapping("/{id}")
    Template get(@AuthenticationPrincipal CurrentUser me, @PathVariable String id) {
        return find(me, id);
    }

    /** Adds a template: {title, text, shortcut?, personal?}; only admins add workspace templates. */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Template add(@AuthenticationPrincipal CurrentUser me, @Valid @RequestBody NewTemplate r) {
        boolean personal = Boolean.TRUE.equals(r.personal());
        if (!personal) {
            me.requireAdmin();
        }
        return templates.add(me.workspaceId(), personal ? me.id() : null, r.title().strip(), r.text().strip(),
                shortcut(r.shortcut()));
    }

    /** Changes a template: one's own, or (admins) a workspace template. */
    @PatchMapping("/{id}")
    Template change(@AuthenticationPrincipal CurrentUser me, @PathVariable String id,
            @Valid @RequestBody TemplateChange r) {
        Template t = changeable(me, id);
        templates.change(me.workspaceId(), UUID.fromString(t.id()), r.title() == null ? t.title() : r.title().strip(),
                r.text() == null ? t.text() : r.text().strip(),
                r.shortcut() == null ? t.shortcut() : shortcut(r.shortcut()));
        return find(me, id);
    }

    /** Deletes a template: one's own, or (admins) a workspace template. */
    @DeleteMapping("/{id}")
    ResponseEntity<Void> remove(@AuthenticationPrincipal CurrentUser me, @PathVariable String id) {
        Template t = changeable(me, id);
        templates.remove(me.workspaceId(), UUID.fromString(t.id()));
        return ResponseEntity.noContent().build();
    }

    private Template find(CurrentUser me, String id) {
        return templates.find(me.workspaceId(), me.id(), Ids.parseOrNotFound(id))
                .orElseThrow(() -> new NotFound("Template not found"));
    }

    /** One's own template, or — for owners and admins — one of the workspace's. */
    private Template changeable(CurrentUser me, String id) {
        Template t = find(me, id);
        if (!t.personal()) {
            me.requireAdmin();
        }
        return t;
    }

    /** A shortcut as stored: without the "/" it is typed with; an empty one clears it. */
    private static @Nullable String shortcut(@Nullable String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        return typed.startsWith("/") ? typed.substring(1) : typed;
    }
}
