package dev.switchboard.demo;

import dev.switchboard.accounts.User;
import dev.switchboard.channels.Channel;
import dev.switchboard.common.Ids;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the planned demo rows in batches. The demo is seed data, not a use case: it goes
 * straight to the tables the product's own repositories own, in one go, and leaves every
 * denormalised chat field as the product's moves would have left it (the tab counters are
 * kept by the database's trigger).
 */
@Component
class DemoRows {

    private static final int ID = Types.OTHER;
    private static final int TEXT = Types.VARCHAR;
    private static final int TIME = Types.TIMESTAMP;
    private static final int INT = Types.INTEGER;

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    DemoRows(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Operators work only in the channels they were given: the demo's operators get them all. */
    void giveChannels(UUID workspaceId, List<User> users, Iterable<Channel> channels) {
        List<Object[]> rows = new ArrayList<>();
        for (User user : users) {
            channels.forEach(c -> rows.add(new Object[] {workspaceId, user.id(), c.id()}));
        }
        jdbc.batchUpdate("insert into user_channels (workspace_id, user_id, channel_id) values (?, ?, ?)", rows,
                new int[] {ID, ID, ID});
    }

    void tags(UUID workspaceId, Map<String, UUID> ids, Map<String, String> colours) {
        List<Object[]> rows = ids.entrySet().stream()
                .map(e -> new Object[] {workspaceId, e.getValue(), e.getKey(), colours.get(e.getKey())}).toList();
        jdbc.batchUpdate("insert into tags (workspace_id, id, name, color) values (?, ?, ?, ?)", rows,
                new int[] {ID, ID, TEXT, TEXT});
    }

    /** The shop's quick replies: {title, shortcut, text}, the workspace's, and one operator's own. */
    void templates(UUID workspaceId, List<String[]> shared, User owner, List<String[]> personal) {
        List<Object[]> rows = new ArrayList<>();
        shared.forEach(t -> rows.add(new Object[] {workspaceId, Ids.next(), t[0], t[2], t[1], null}));
        personal.forEach(t -> rows.add(new Object[] {workspaceId, Ids.next(), t[0], t[2], t[1], owner.id()}));
        jdbc.batchUpdate("insert into templates (workspace_id, id, title, text, shortcut, owner_id) values (?, ?, ?, ?, ?, ?)",
                rows, new int[] {ID, ID, TEXT, TEXT, TEXT, ID});
    }

    void clients(UUID workspaceId, DemoChats.Plan plan) {
        Map<DemoClient, Instant> firstContact = plan.chats().stream().collect(Collectors.toMap(c -> c.client,
                DemoChat::createdAt, (a, b) -> a.isBefore(b) ? a : b));
        jdbc.batchUpdate("""
                insert into clients (workspace_id, id, name, phone, email, username, search_text, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                """, plan.clients().stream().map(c -> new Object[] {workspaceId, c.id, c.person.name(), c.phone,
                        c.email, c.username, c.searchText(), time(firstContact.get(c))}).toList(),
                new int[] {ID, ID, TEXT, TEXT, TEXT, TEXT, TEXT, TIME});
        Map<DemoClient.Identity, Instant> identitySince = plan.chats().stream().collect(Collectors.toMap(
                c -> c.identity, DemoChat::createdAt, (a, b) -> a.isBefore(b) ? a : b));
        jdbc.batchUpdate("""
                insert into client_identities (workspace_id, channel_id, external_id, client_id, username,
                                               display_name, created_at)
                values (?, ?, ?, ?, ?, ?, ?)
                """, plan.clients().stream().flatMap(c -> c.identities.values().stream().map(i -> new Object[] {
                        workspaceId, i.channel().id(), i.externalId(), c.id, i.username(), c.person.name(),
                        time(identitySince.get(i))})).toList(),
                new int[] {ID, ID, TEXT, ID, TEXT, TEXT, TIME});
    }

    void chats(UUID workspaceId, List<DemoChat> chats) {
        List<DemoChat> oldestFirst = chats.stream().sorted(Comparator.comparing(DemoChat::createdAt)).toList();
        jdbc.batchUpdate("""
                insert into chats (workspace_id, id, channel_id, client_id, thread_key, recipient, source_type, post,
                                   category, stage_id, responsible_id, price_amount, price_currency, tag_ids,
                                   unread_count, last_message_id, last_message_direction, last_message_text,
                                   last_message_at, last_inbound_at, awaiting_reply_since, last_response_seconds,
                                   open_tasks, next_task_id, next_task_text, next_task_due_at,
                                   last_activity_at, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?, ?, cast(? as uuid[]),
                        ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, oldestFirst.stream().map(c -> chat(workspaceId, c)).toList(),
                new int[] {ID, ID, ID, ID, TEXT, TEXT, TEXT, TEXT, TEXT, ID, ID, Types.NUMERIC, TEXT,
                        TEXT, INT, ID, TEXT, TEXT, TIME, TIME, TIME, INT, INT, ID, TEXT, TIME, TIME, TIME, TIME});
    }

    void messages(UUID workspaceId, List<DemoChat> chats) {
        List<Object[]> rows = new ArrayList<>();
        for (DemoChat chat : chats) {
            for (DemoChat.Message m : chat.messages) {
                rows.add(new Object[] {workspaceId, m.id(), chat.id, chat.identity.channel().id(), m.direction(),
                        m.text(), m.authorId(), m.status(), m.error(), m.externalId(), jsonOrNull(m.event()),
                        time(m.at())});
            }
        }
        jdbc.batchUpdate("""
                insert into messages (workspace_id, id, chat_id, channel_id, direction, text, author_id, status, error,
                                      external_id, event, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?)
                """, rows, new int[] {ID, ID, ID, ID, TEXT, TEXT, ID, TEXT, TEXT, TEXT, TEXT, TIME});
    }

    /**
     * The history the analytics read, as the shop's weeks would have left it: every chat began
     * in the funnel's first stage and moved on to where it stands halfway through its life, and
     * every answered chat's last answer is timed.
     */
    void analytics(UUID workspaceId) {
        jdbc.update("""
                with first as (select id from stages where workspace_id = ? order by position, id limit 1)
                update chat_stage_moves m set to_stage_id = (select id from first)
                where m.workspace_id = ? and m.from_stage_id is null and m.to_stage_id <> (select id from first)
                """, workspaceId, workspaceId);
        jdbc.update("""
                insert into chat_stage_moves (workspace_id, chat_id, from_stage_id, to_stage_id, moved_at)
                select c.workspace_id, c.id, f.id, c.stage_id, c.created_at + (c.last_activity_at - c.created_at) / 2
                from chats c
                cross join (select id from stages where workspace_id = ? order by position, id limit 1) f
                where c.workspace_id = ? and c.stage_id <> f.id
                """, workspaceId, workspaceId);
        jdbc.update("""
                insert into chat_responses (workspace_id, id, chat_id, channel_id, user_id, seconds, answered_at)
                select workspace_id, gen_random_uuid(), id, channel_id, responsible_id, last_response_seconds,
                       last_activity_at
                from chats where workspace_id = ? and last_response_seconds is not null
                """, workspaceId);
    }

    void tasks(UUID workspaceId, List<DemoChat> chats) {
        List<Object[]> rows = new ArrayList<>();
        for (DemoChat chat : chats) {
            for (DemoChat.Task t : chat.tasks) {
                rows.add(new Object[] {workspaceId, t.id(), chat.id, t.text(), time(t.dueAt()), t.assigneeId(),
                        t.done(), time(t.doneAt()), t.assigneeId(), time(t.createdAt())});
            }
        }
        jdbc.batchUpdate("""
                insert into tasks (workspace_id, id, chat_id, text, due_at, assignee_id, done, done_at, created_by,
                                   created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, rows, new int[] {ID, ID, ID, TEXT, TIME, ID, Types.BOOLEAN, TIME, ID, TIME});
    }

    private Object[] chat(UUID workspaceId, DemoChat c) {
        DemoChat.Message last = c.last();
        List<DemoChat.Task> open = c.openTasks();
        DemoChat.Task next = open.isEmpty() ? null : open.getFirst();
        String tagIds = c.tagIds.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
        return new Object[] {workspaceId, c.id, c.identity.channel().id(), c.client.id, c.threadKey,
                c.identity.externalId(), c.sourceType(), jsonOrNull(c.post), c.category,
                c.stage == null ? null : c.stage.id(), c.responsible == null ? null : c.responsible.id(),
                c.price == null ? null : BigDecimal.valueOf(c.price), c.price == null ? null : "RUB", tagIds,
                c.unreadCount(), last.id(), last.direction(), preview(last.text()), time(last.at()),
                time(c.lastInboundAt()), time(c.awaitingReplySince()), c.lastResponseSeconds(),
                open.size(), next == null ? null : next.id(), next == null ? null : next.text(),
                next == null ? null : time(next.dueAt()), time(last.at()), time(c.createdAt()), time(c.updatedAt())};
    }

    private @Nullable String jsonOrNull(@Nullable Map<String, Object> value) {
        return value == null ? null : json.writeValueAsString(value);
    }

    private static @Nullable Timestamp time(@Nullable Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    /** What the list previews, as the product's own writes cut it. */
    private static @Nullable String preview(@Nullable String text) {
        if (text == null) {
            return null;
        }
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() > 200 ? flat.substring(0, 200) : flat;
    }
}
