package dev.switchboard.funnel;

import dev.switchboard.accounts.CurrentUser;
import dev.switchboard.common.BadRequest;
import dev.switchboard.common.Conflict;
import dev.switchboard.common.Ids;
import dev.switchboard.common.NotFound;
import dev.switchboard.common.RuleViolation;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An admin's changes to the funnel. The funnel always keeps an active stage (new chats
 * start on the first one), and a stage with chats is deleted only by moving them on.
 */
@Service
class FunnelEditor {

    private final Stages stages;
    private final StageUsage usage;

    FunnelEditor(Stages stages, StageUsage usage) {
        this.stages = stages;
        this.usage = usage;
    }

    @Transactional
    Stage add(CurrentUser by, String name, StageGroup group, @Nullable Integer position) {
        List<Stage> all = new ArrayList<>(stages.lock(by.workspaceId()));
        Stage added = stages.add(by.workspaceId(), name, group, all.size());
        all.add(place(position, all.size()), added);
        stages.order(by.workspaceId(), all);
        return stages.find(by.workspaceId(), added.id()).orElseThrow();
    }

    @Transactional
    Stage change(CurrentUser by, UUID id, @Nullable String name, @Nullable StageGroup group,
            @Nullable Integer position) {
        List<Stage> all = new ArrayList<>(stages.lock(by.workspaceId()));
        Stage stage = all.stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFound("Stage not found"));
        StageGroup newGroup = group == null ? stage.group() : group;
        if (newGroup != StageGroup.active && stage.group() == StageGroup.active && activeCount(all) == 1) {
            throw new RuleViolation("The funnel needs at least one active stage: new chats start on it");
        }
        Stage changed = new Stage(id, name == null ? stage.name() : name, newGroup, stage.position());
        stages.change(by.workspaceId(), changed);
        if (position != null) {
            all.remove(stage);
            all.add(place(position, all.size()), changed);
            stages.order(by.workspaceId(), all);
        }
        return stages.find(by.workspaceId(), id).orElseThrow();
    }

    /** Deletes a stage; its chats, if any, move to {@code moveTo} first. */
    @Transactional
    void remove(CurrentUser by, UUID id, @Nullable String moveTo) {
        List<Stage> all = new ArrayList<>(stages.lock(by.workspaceId()));
        Stage stage = all.stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFound("Stage not found"));
        if (stage.group() == StageGroup.active && activeCount(all) == 1) {
            throw new RuleViolation("The funnel needs at least one active stage: new chats start on it");
        }
        long chats = usage.chatsPerStage(by.workspaceId()).getOrDefault(id, 0L);
        if (moveTo != null) {
            Stage target = Ids.parse(moveTo).flatMap(t -> all.stream().filter(s -> s.id().equals(t)).findFirst())
                    .orElseThrow(() -> new BadRequest("moveTo", "moveTo must be another stage of this funnel"));
            if (target.id().equals(id)) {
                throw new BadRequest("moveTo", "moveTo must be another stage of this funnel");
            }
            usage.moveChats(by, id, target);
        } else if (chats > 0) {
            throw new Conflict("The stage has " + chats + " chats; say where they go with ?moveTo=<stage id>");
        }
        stages.remove(by.workspaceId(), id);
        all.remove(stage);
        stages.order(by.workspaceId(), all);
    }

    private static int place(@Nullable Integer position, int size) {
        if (position == null) {
            return size;
        }
        if (position < 0) {
            throw new BadRequest("position", "position must be 0 or more");
        }
        return Math.min(position, size);
    }

    private static long activeCount(List<Stage> all) {
        return all.stream().filter(s -> s.group() == StageGroup.active).count();
    }
}
