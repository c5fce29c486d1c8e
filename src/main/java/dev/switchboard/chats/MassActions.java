package dev.switchboard.chats;

import dev.switchboard.accounts.CurrentUser;
import dev.switchboard.accounts.User;
import dev.switchboard.accounts.Users;
import dev.switchboard.accounts.Visibilities;
import dev.switchboard.common.Ids;
import dev.switchboard.common.RuleViolation;
import dev.switchboard.funnel.Stage;
import dev.switchboard.funnel.Stages;
import dev.switchboard.messages.EventKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mass actions: one set-based statement for all the chats, whatever their number, their
 * moves written into each chat's history in one statement per kind, and one live notice.
 * The chats are locked in id order first, so two mass actions never wait on each other in
 * a circle.
 */
@Service
class MassActions {

    static final int MAX_IDS = 10_000;

    private final ChatFilters filters;
    private final MassUpdates updates;
    private final Stages stages;
    private final Tags tags;
    private final Users users;
    private final EventLines eventLines;
    private final ApplicationEventPublisher events;
    private final int maxByFilter;
    private final Visibilities visibilities;

    MassActions(ChatFilters filters, MassUpdates updates, Stages stages, Tags tags, Users users, EventLines eventLines,
            ApplicationEventPublisher events, Visibilities visibilities,
            @Value("${switchboard.bulk.max-chats:50000}") int maxByFilter) {
        this.visibilities = visibilities;
        this.filters = filters;
        this.updates = updates;
        this.stages = stages;
        this.tags = tags;
        this.users = users;
        this.eventLines = eventLines;
        this.events = events;
        this.maxByFilter = maxByFilter;
    }

    @Transactional
    int apply(CurrentUser by, MassAction a) {
        a.check(MAX_IDS);
        UUID ws = by.workspaceId();
        List<UUID> targets = a.ids() != null
                ? updates.lock(ChatFilter.of(ws, null).withVisibility(visibilities.of(by)),
                        a.ids().stream().map(id -> Ids.parse(id).orElse(null)).filter(id -> id != null).toList())
                : updates.lock(filters.read(by, asParams(a.filter()), category(a.filter())), maxByFilter);
        if (targets.isEmpty()) {
            return 0;
        }
        EventLines.Actor actor = new EventLines.Actor(by.id(), by.name());
        List<MassUpdates.Changed> changed = switch (a.action()) {
            case "markRead" -> updates.markRead(ws, targets);
            case "markUnread" -> updates.markUnread(ws, targets);
            case "accept" -> moves(ws, updates.accept(ws, targets, by.id()), actor, "");
            case "archive" -> moves(ws, updates.archive(ws, targets), actor, "");
            case "setStage" -> setStage(ws, targets, a.stageId(), actor);
            case "addTags" -> updates.addTags(ws, targets, knownTags(ws, a.tagIds()));
            case "removeTags" -> updates.removeTags(ws, targets, knownTags(ws, a.tagIds()));
            case "assign" -> assign(ws, targets, a.userId(), actor);
            default -> throw new IllegalStateException(a.action());
        };
        if (changed.size() == 1) {
            events.publishEvent(new ChatChanged(ws, changed.getFirst().id(), false));
        } else if (!changed.isEmpty()) {
            events.publishEvent(new ChatsChanged(ws));
        }
        return changed.size();
    }

    /** Every chat of a stage to another stage, however many (a stage being deleted). */
    @Transactional
    int moveStage(CurrentUser by, UUID from, Stage to) {
        UUID ws = by.workspaceId();
        List<UUID> targets = updates.lockOnStage(ws, from);
        List<MassUpdates.Changed> changed = targets.isEmpty() ? List.of()
                : setStage(ws, targets, to, new EventLines.Actor(by.id(), by.name()));
        if (!changed.isEmpty()) {
            events.publishEvent(new ChatsChanged(ws));
        }
        return changed.size();
    }

    private List<MassUpdates.Changed> setStage(UUID ws, List<UUID> targets, String stageId, EventLines.Actor actor) {
        Stage stage = Ids.parse(stageId).flatMap(id -> stages.find(ws, id))
                .orElseThrow(() -> new RuleViolation("There is no such stage in this workspace"));
        return setStage(ws, targets, stage, actor);
    }

    private List<MassUpdates.Changed> setStage(UUID ws, List<UUID> targets, Stage stage, EventLines.Actor actor) {
        List<MassUpdates.Changed> changed = updates.setStage(ws, targets, stage.id(), stage.group().archives(),
                actor.id());
        write(ws, EventKind.stage_changed, changed, actor, stage.name());
        return moves(ws, changed, actor, stage.name());
    }

    private List<MassUpdates.Changed> assign(UUID ws, List<UUID> targets, @Nullable String userId,
            EventLines.Actor actor) {
        User user = userId == null ? null : Ids.parse(userId).flatMap(id -> users.find(ws, id))
                .orElseThrow(() -> new RuleViolation("There is no such user in this workspace"));
        List<MassUpdates.Changed> changed = updates.assign(ws, targets, user == null ? null : user.id());
        write(ws, user == null ? EventKind.unassigned : EventKind.assigned, changed, actor,
                user == null ? "" : user.name());
        return changed;
    }

    /** The category moves among the changes: each leaves its line in the chat's history. */
    private List<MassUpdates.Changed> moves(UUID ws, List<MassUpdates.Changed> changed, EventLines.Actor actor,
            String subject) {
        write(ws, EventKind.accepted, changed.stream().filter(c -> c.movedTo("accepted")).toList(), actor, "");
        write(ws, EventKind.archived, changed.stream().filter(c -> c.movedTo("archive")).toList(), actor, "");
        return changed;
    }

    private void write(UUID ws, EventKind kind, Collection<MassUpdates.Changed> chats, EventLines.Actor actor,
            String subject) {
        eventLines.writeMany(ws, kind, chats.stream().map(MassUpdates.Changed::id).toList(),
                chats.stream().map(MassUpdates.Changed::channelId).toList(), actor, subject);
    }

    private List<UUID> knownTags(UUID ws, List<String> tagIds) {
        List<UUID> ids = tagIds.stream().map(id -> Ids.parse(id)
                .orElseThrow(() -> new RuleViolation("There is no such tag in this workspace"))).distinct().toList();
        if (tags.countKnown(ws, ids) != ids.size()) {
            throw new RuleViolation("There is no such tag in this workspace");
        }
        return ids;
    }

    private static @Nullable Category category(Map<String, Object> filter) {
        Object c = filter.get("category");
        return c == null ? null : Category.of(String.valueOf(c));
    }

    /** A filter object in the shape of the list's query string: every value a list of strings. */
    static Map<String, List<String>> asParams(Map<String, Object> filter) {
        Map<String, List<String>> params = new HashMap<>();
        filter.forEach((name, value) -> {
            List<String> values = new ArrayList<>();
            if (value instanceof Collection<?> many) {
                many.forEach(v -> values.add(v == null ? null : String.valueOf(v)));
            } else if (value != null) {
                values.add(String.valueOf(value));
            }
            params.put(name, values);
        });
        return params;
    }
}
