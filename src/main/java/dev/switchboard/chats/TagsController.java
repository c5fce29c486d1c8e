package dev.switchboard.chats;

import dev.switchboard.accounts.CurrentUser;
import dev.switchboard.common.Ids;
import dev.switchboard.common.NotFound;
import dev.switchboard.common.Page;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The tags admin: everyone may list them, owners and admins change them. */
@RestController
@RequestMapping("/api/v1/tags")
class TagsController {

    static final String COLOR = "#[0-9a-fA-F]{6}";
    private static final String DEFAULT_COLOR = "#64748b";

    private final Tags tags;
    private final ApplicationEventPublisher events;

    TagsController(Tags tags, ApplicationEventPublisher events) {
        this.tags = tags;
        this.events = events;
    }

    record NewTag(@NotBlank @Size(max = 50) String name, @Nullable @Pattern(regexp = COLOR) String color) {
    }

    record TagChange(@Nullable @Size(min = 1, max = 50) String name, @Nullable @Pattern(regexp = COLOR) String color) {
    }

    /** The tags; {@code ?counts=true} adds how many chats carry each (the settings screen), which costs a count. */
    @GetMapping
    Page<Tags.Tag> list(@AuthenticationPrincipal CurrentUser me,
            @RequestParam(defaultValue = "false") boolean counts) {
        return new Page<>(tags.list(me.workspaceId(), counts), null);
    }

    /** Adds a tag (admins): {name, color?}. */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Tags.Tag add(@AuthenticationPrincipal CurrentUser me, @Valid @RequestBody NewTag r) {
        me.requireAdmin();
        return tags.add(me.workspaceId(), r.name().strip(), r.color() == null ? DEFAULT_COLOR : r.color().toLowerCase());
    }

    /** Renames or recolours a tag (admins). */
    @PatchMapping("/{id}")
    @Transactional
    Tags.Tag change(@AuthenticationPrincipal CurrentUser me, @PathVariable String id, @Valid @RequestBody TagChange r) {
        me.requireAdmin();
        Tags.Tag tag = find(me, id);
        String name = r.name() == null || r.name().isBlank() ? tag.name() : r.name().strip();
        String color = r.color() == null ? tag.color() : r.color().toLowerCase();
        tags.change(me.workspaceId(), UUID.fromString(tag.id()), name, color);
        if (tags.carried(me.workspaceId(), UUID.fromString(tag.id()))) {
            events.publishEvent(new ChatsChanged(me.workspaceId()));
        }
        return new Tags.Tag(tag.id(), name, color, null);
    }

    /** Deletes a tag (admins); it is taken off every chat. */
    @DeleteMapping("/{id}")
    @Transactional
    ResponseEntity<Void> remove(@AuthenticationPrincipal CurrentUser me, @PathVariable String id) {
        me.requireAdmin();
        Tags.Tag tag = find(me, id);
        List<UUID> chats = tags.remove(me.workspaceId(), UUID.fromString(tag.id()));
        if (!chats.isEmpty()) {
            events.publishEvent(new ChatsChanged(me.workspaceId()));
        }
        return ResponseEntity.noContent().build();
    }

    private Tags.Tag find(CurrentUser me, String id) {
        return tags.find(me.workspaceId(), Ids.parseOrNotFound(id)).orElseThrow(() -> new NotFound("Tag not found"));
    }
}
