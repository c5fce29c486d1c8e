package dev.switchboard.chats;

import dev.switchboard.common.Money;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rows of the list as read from the chat row and its primary-key joins, completed with the
 * page's tags and overdue task counts in one query each — never one query per row.
 */
@Component
class ChatRows {

    /** The columns of a row; the query names the chat {@code c}. */
    static final String COLUMNS = """
            c.id, c.category, c.source_type, c.post::text as post, c.unread_count, c.last_message_id,
            c.last_message_direction, c.last_message_text, c.last_message_at, c.awaiting_reply_since,
            c.last_response_seconds, c.last_activity_at, c.created_at, c.price_amount, c.price_currency,
            c.open_tasks, c.next_task_id, c.next_task_text, c.next_task_due_at, c.tag_ids,
            cl.id as client_id, cl.name as client_name, cl.username as client_username,
            cl.phone as client_phone, cl.avatar_url as client_avatar,
            ch.id as channel_id, ch.type as channel_type, ch.name as channel_name,
            s.id as stage_id, s.name as stage_name, s.grp as stage_group,
            u.id as responsible_id, u.name as responsible_name""";

    /** The joins of a row, after {@code from chats c} (or a CTE named c). */
    static final String JOINS = """
            join clients cl on cl.workspace_id = c.workspace_id and cl.id = c.client_id
            join channels ch on ch.workspace_id = c.workspace_id and ch.id = c.channel_id
            left join stages s on s.workspace_id = c.workspace_id and s.id = c.stage_id
            left join users u on u.workspace_id = c.workspace_id and u.id = c.responsible_id
            """;

    private final JdbcClient db;
    private final JsonMapper json;

    ChatRows(JdbcClient db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    List<ChatRow> complete(UUID workspaceId, List<Raw> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Set<UUID> tagIds = rows.stream().flatMap(r -> r.tagIds.stream()).collect(Collectors.toSet());
        Map<UUID, ChatRow.TagRef> tags = tagIds.isEmpty() ? Map.of() : db.sql("""
                        select id, name, color from tags where workspace_id = :ws and id = any(:ids)
                        """)
                .param("ws", workspaceId).param("ids", tagIds.toArray(UUID[]::new))
                .query((rs, n) -> new ChatRow.TagRef(rs.getString("id"), rs.getString("name"), rs.getString("color")))
                .list().stream().collect(Collectors.toMap(t -> UUID.fromString(t.id()), t -> t));
        List<UUID> withTasks = rows.stream().filter(r -> r.openTasks > 0).map(r -> r.id).toList();
        Map<UUID, Integer> overdue = new HashMap<>();
        if (!withTasks.isEmpty()) {
            db.sql("""
                    select chat_id, count(*) as overdue from tasks
                    where workspace_id = :ws and chat_id = any(:ids) and not done and due_at < now()
                    group by chat_id
                    """)
                    .param("ws", workspaceId).param("ids", withTasks.toArray(UUID[]::new))
                    .query(rs -> {
                        overdue.put(rs.getObject("chat_id", UUID.class), rs.getInt("overdue"));
                    });
        }
        List<ChatRow> result = new ArrayList<>(rows.size());
        for (Raw r : rows) {
            result.add(r.row(r.tagIds.stream().map(tags::get).filter(t -> t != null).toList(),
                    overdue.getOrDefault(r.id, 0)));
        }
        return result;
    }

    Raw raw(ResultSet rs, int n) throws SQLException {
        Array tagArray = rs.getArray("tag_ids");
        List<UUID> tagIds = tagArray == null ? List.of() : Arrays.asList((UUID[]) tagArray.getArray());
        String post = rs.getString("post");
        return new Raw(rs.getObject("id", UUID.class), rs, tagIds,
                post == null ? null : json.readValue(post, new TypeReference<Map<String, Object>>() {
                }));
    }

    /** A row as read, before its tags and overdue tasks are added. */
    static final class Raw {

        final UUID id;
        final Instant lastActivityAt;
        /** The row's key in the order of its page, for the next page's cursor. */
        @Nullable String sortKey;
        final List<UUID> tagIds;
        final int openTasks;
        private final ChatRow partial;
        private final ChatRow.@Nullable NextTask next;

        Raw(UUID id, ResultSet rs, List<UUID> tagIds, @Nullable Map<String, Object> post) throws SQLException {
            this.id = id;
            this.tagIds = tagIds;
            this.lastActivityAt = instant(rs, "last_activity_at");
            this.openTasks = rs.getInt("open_tasks");
            UUID nextTask = rs.getObject("next_task_id", UUID.class);
            this.next = nextTask == null ? null
                    : new ChatRow.NextTask(nextTask.toString(), rs.getString("next_task_text"),
                            instant(rs, "next_task_due_at"));
            UUID stageId = rs.getObject("stage_id", UUID.class);
            UUID responsibleId = rs.getObject("responsible_id", UUID.class);
            UUID lastMessageId = rs.getObject("last_message_id", UUID.class);
            java.math.BigDecimal price = rs.getBigDecimal("price_amount");
            this.partial = new ChatRow(id.toString(), rs.getString("category"), rs.getString("source_type"),
                    new ChatRow.ClientRef(rs.getString("client_id"), rs.getString("client_name"),
                            rs.getString("client_username"), rs.getString("client_phone"),
                            rs.getString("client_avatar")),
                    new ChatRow.ChannelRef(rs.getString("channel_id"), rs.getString("channel_type"),
                            rs.getString("channel_name")),
                    post,
                    stageId == null ? null : new ChatRow.StageRef(stageId.toString(), rs.getString("stage_name"),
                            rs.getString("stage_group")),
                    responsibleId == null ? null
                            : new ChatRow.UserRef(responsibleId.toString(), rs.getString("responsible_name")),
                    List.of(),
                    price == null ? null : Money.of(price, rs.getString("price_currency")),
                    new ChatRow.Tasks(openTasks, 0, next),
                    rs.getInt("unread_count"),
                    lastMessageId == null ? null : new ChatRow.LastMessage(lastMessageId.toString(),
                            rs.getString("last_message_direction"), rs.getString("last_message_text"),
                            instant(rs, "last_message_at")),
                    instant(rs, "awaiting_reply_since"),
                    (Integer) rs.getObject("last_response_seconds"),
                    lastActivityAt, instant(rs, "created_at"));
        }

        ChatRow row(List<ChatRow.TagRef> tags, int overdue) {
            ChatRow p = partial;
            return new ChatRow(p.id(), p.category(), p.sourceType(), p.client(), p.channel(), p.post(), p.stage(),
                    p.responsible(), tags, p.price(), new ChatRow.Tasks(openTasks, overdue, next), p.unreadCount(),
                    p.lastMessage(), p.awaitingReplySince(), p.lastResponseSeconds(), p.lastActivityAt(),
                    p.createdAt());
        }

        private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
            java.sql.Timestamp t = rs.getTimestamp(column);
            return t == null ? null : t.toInstant();
        }
    }
}
