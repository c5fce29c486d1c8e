package dev.switchboard.funnel;

import dev.switchboard.accounts.CurrentUser;
import dev.switchboard.common.BadRequest;
import dev.switchboard.common.Ids;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
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

/** The funnel's stages: everyone may list them, owners and admins change them. */
@RestController
@RequestMapping("/api/v1/stages")
class StagesController {

    private final Stages stages;
    private final FunnelEditor editor;
    private final StageUsage usage;

    StagesController(Stages stages, FunnelEditor editor, StageUsage usage) {
        this.stages = stages;
        this.editor = editor;
        this.usage = usage;
    }

    record StageRow(String id, String name, String group, int position, long chats) {
    }

    record Items(List<StageRow> items, @Nullable String nextCursor) {
    }

    record NewStage(@NotBlank @Size(max = 100) String name, @Nullable String group, @Nullable Integer position) {
    }

    record StageChange(@Nullable @Size(min = 1, max = 100) String name, @Nullable String group,
            @Nullable Integer position) {
    }

    /** The funnel stages in order, with how many chats each holds. */
    @GetMapping
    Items list(@AuthenticationPrincipal CurrentUser me) {
        Map<UUID, Long> chats = usage.chatsPerStage(me.workspaceId());
        return new Items(stages.list(me.workspaceId()).stream().map(s -> row(s, chats)).toList(), null);
    }

    /** Adds a funnel stage (admins): {name, group?, position?}. */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    StageRow add(@AuthenticationPrincipal CurrentUser me, @Valid @RequestBody NewStage r) {
        me.requireAdmin();
        StageGroup group = r.group() == null ? StageGroup.active : group(r.group());
        return row(editor.add(me, r.name().strip(), group, r.position()), Map.of());
    }

    /** Renames a stage, changes its group or moves it (admins). */
    @PatchMapping("/{id}")
    StageRow change(@AuthenticationPrincipal CurrentUser me, @PathVariable String id,
            @Valid @RequestBody StageChange r) {
        me.requireAdmin();
        String name = r.name() == null || r.name().isBlank() ? null : r.name().strip();
        Stage changed = editor.change(me, Ids.parseOrNotFound(id), name, r.group() == null ? null : group(r.group()),
                r.position());
        return row(changed, usage.chatsPerStage(me.workspaceId()));
    }

    /** Deletes a funnel stage (admins); one in use needs ?moveTo= with the stage its chats move to. */
    @DeleteMapping("/{id}")
    ResponseEntity<Void> remove(@AuthenticationPrincipal CurrentUser me, @PathVariable String id,
            @RequestParam(required = false) String moveTo) {
        me.requireAdmin();
        editor.remove(me, Ids.parseOrNotFound(id), moveTo);
        return ResponseEntity.noContent().build();
    }

    private static StageGroup group(String group) {
        try {
            return StageGroup.valueOf(group);
        } catch (IllegalArgumentException e) {
            throw new BadRequest("group", "group must be active, success, failure or not_lead");
        }
    }

    private static StageRow row(Stage s, Map<UUID, Long> chats) {
        return new StageRow(s.id().toString(), s.name(), s.group().name(), s.position(), chats.getOrDefault(s.id(), 0L));
    }
}
