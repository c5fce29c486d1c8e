package dev.switchboard.chats;

import dev.switchboard.accounts.Visibility;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a chat list shows, turned into SQL: each condition is a parameterised fragment on
 * the {@code chats c} row, so the list, the counts and mass actions share one definition.
 * Repeatable values match any of them; different filters must all match.
 *
 * @param category   null for the counts, which span the categories
 * @param search     LIKE patterns over the client's search text (any may match); null when not searching
 * @param today      the workspace's current day, [start, end), for the "due today" task filter
 * @param clients    the clients the search found, when they are few enough to name them instead
 * @param visibility the chats the caller may see at all
 */
record ChatFilter(UUID workspaceId, @Nullable Category category, List<String> channelTypes, List<UUID> channels,
        List<UUID> responsible, boolean nobodyResponsible, List<UUID> tags, @Nullable String sourceType,
        @Nullable State state, List<UUID> stages, @Nullable Instant from, @Nullable Instant to,
        @Nullable Tasks tasks, @Nullable List<String> search, Day today, @Nullable List<UUID> clients,
        Visibility visibility) {

    enum State { unread, read, unanswered, answered }

    enum Tasks { any, overdue, today, none }

    record Day(Instant start, Instant end) {
    }

    /** The WHERE clause and its parameters. */
    record Sql(String where, Map<String, Object> params) {
    }

    static ChatFilter of(UUID workspaceId, @Nullable Category category) {
        return new ChatFilter(workspaceId, category, List.of(), List.of(), List.of(), false, List.of(), null, null,
                List.of(), null, null, null, null, new Day(Instant.EPOCH, Instant.EPOCH), null,
                Visibility.everything(new UUID(0, 0)));
    }

    ChatFilter withCategory(@Nullable Category c) {
        return new ChatFilter(workspaceId, c, channelTypes, channels, responsible, nobodyResponsible, tags, sourceType,
                state, stages, from, to, tasks, search, today, clients, visibility);
    }

    /** The search answered by the clients it found: a condition an index on the chats' client answers. */
    ChatFilter withClients(List<UUID> found) {
        return new ChatFilter(workspaceId, category, channelTypes, channels, responsible, nobodyResponsible, tags,
                sourceType, state, stages, from, to, tasks, search, today, found, visibility);
    }

    ChatFilter withState(@Nullable State s) {
        return new ChatFilter(workspaceId, category, channelTypes, channels, responsible, nobodyResponsible, tags,
                sourceType, s, stages, from, to, tasks, search, today, clients, visibility);
    }

    ChatFilter withVisibility(Visibility v) {
        return new ChatFilter(workspaceId, category, channelTypes, channels, responsible, nobodyResponsible, tags,
                sourceType, state, stages, from, to, tasks, search, today, clients, v);
    }

    /** Only the workspace and the category: every chat of a tab. */
    boolean isPlain() {
        return visibility.seesAll() && channelTypes.isEmpty() && channels.isEmpty() && !filtersResponsible() && tags.isEmpty()
                && sourceType == null && state == null && stages.isEmpty() && from == null && to == null
                && tasks == null && search == null;
    }

    /** Filters the maintained counters answer exactly: channel (type), responsible, stage, source type, state. */
    boolean isCountable() {
        return tags.isEmpty() && from == null && to == null && tasks == null && search == null;
    }

    /** One tag and the counters' facets: what the counters kept per tag and facet (V9) answer exactly. */
    boolean isOneTag() {
        return tags.size() == 1 && from == null && to == null && tasks == null && search == null;
    }

    boolean filtersResponsible() {
        return !responsible.isEmpty() || nobodyResponsible;
    }

    /** Every condition. */
    Sql toSql() {
        Fragments f = new Fragments();
        f.add("c.workspace_id = :ws", "ws", workspaceId);
        if (category != null) {
            f.add("c.category = :category", "category", category.wire());
        }
        if (visibility.channels() != null) {
            f.add("c.channel_id = any(:seenChannels)", "seenChannels", visibility.channels().toArray(UUID[]::new));
        }
        if (visibility.ownOnly() && category != Category.NEW) {
            f.add(category == null ? "(c.category = 'new' or c.responsible_id = :seenBy)" : "c.responsible_id = :seenBy",
                    "seenBy", visibility.userId());
        }
        if (!channelTypes.isEmpty()) {
            f.add("c.channel_id in (select ch.id from channels ch where ch.workspace_id = :ws"
                    + " and ch.type = any(:channelTypes))", "channelTypes", channelTypes.toArray(String[]::new));
        }
        if (!channels.isEmpty()) {
            f.add("c.channel_id = any(:channels)", "channels", channels.toArray(UUID[]::new));
        }
        if (filtersResponsible()) {
            f.params.put("responsible", responsible.toArray(UUID[]::new));
            f.conditions.add(responsible.isEmpty() ? "c.responsible_id is null"
                    : nobodyResponsible ? "(c.responsible_id = any(:responsible) or c.responsible_id is null)"
                    : "c.responsible_id = any(:responsible)");
        }
        if (!tags.isEmpty()) {
            f.add("c.tag_ids && :tags", "tags", tags.toArray(UUID[]::new));
        }
        if (sourceType != null) {
            f.add("c.source_type = :sourceType", "sourceType", sourceType);
        }
        if (state != null) {
            f.conditions.add(switch (state) {
                case unread -> "c.unread_count > 0";
                case read -> "c.unread_count = 0";
                case unanswered -> "c.awaiting_reply_since is not null";
                case answered -> "c.awaiting_reply_since is null";
            });
        }
        if (!stages.isEmpty()) {
            f.add("c.stage_id = any(:stages)", "stages", stages.toArray(UUID[]::new));
        }
        if (from != null) {
            f.add("c.last_activity_at >= :from", "from", Timestamp.from(from));
        }
        if (to != null) {
            f.add("c.last_activity_at < :to", "to", Timestamp.from(to));
        }
        if (tasks != null) {
            tasks(f);
        }
        if (clients != null) {
            f.add("c.client_id = any(:clients)", "clients", clients.toArray(UUID[]::new));
        } else if (search != null) {
            searchCondition(f);
        }
        return new Sql(String.join("\n  and ", f.conditions), f.params);
    }

    private void tasks(Fragments f) {
        switch (tasks) {
            case any -> f.conditions.add("c.open_tasks > 0");
            case none -> f.conditions.add("c.open_tasks = 0");
            // the nearest open task is the earliest due, so it alone tells whether one is overdue
            case overdue -> f.conditions.add("c.open_tasks > 0 and c.next_task_due_at < now()");
            case today -> {
                f.conditions.add("""
                        c.open_tasks > 0 and exists (select 1 from tasks t where t.workspace_id = c.workspace_id \
                        and t.chat_id = c.id and not t.done and t.due_at >= :dayStart and t.due_at < :dayEnd)""");
                f.params.put("dayStart", Timestamp.from(today.start()));
                f.params.put("dayEnd", Timestamp.from(today.end()));
            }
        }
    }

    private void searchCondition(Fragments f) {
        Sql clients = clientSearch();
        f.params.putAll(clients.params());
        f.conditions.add("c.client_id in (select cl.id from clients cl where " + clients.where() + ")");
    }

    /** The clients the search text finds, as a condition on {@code clients cl}. */
    Sql clientSearch() {
        Map<String, Object> params = new HashMap<>();
        params.put("ws", workspaceId);
        if (search == null || search.isEmpty()) {
            return new Sql("false", params);
        }
        List<String> likes = new ArrayList<>();
        for (int i = 0; i < search.size(); i++) {
            likes.add("cl.search_text like :q" + i);
            params.put("q" + i, search.get(i));
        }
        return new Sql("cl.workspace_id = :ws and (" + String.join(" or ", likes) + ")", params);
    }

    private static final class Fragments {

        final List<String> conditions = new ArrayList<>();
        final Map<String, Object> params = new HashMap<>();

        void add(String condition, String name, Object value) {
            conditions.add(condition);
            params.put(name, value);
        }
    }
}
