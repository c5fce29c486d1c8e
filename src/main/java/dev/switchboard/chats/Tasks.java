package dev.switchboard.chats;

import dev.switchboard.common.Ids;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The tasks of chats. After every change the chat's own summary — how many are open and
 * the nearest one — is brought up to date, so the list shows it without counting.
 */
@Repository
class Tasks {

    /** A task as the API shows it. */
    record Task(String id, String chatId, String text, @Nullable Instant dueAt, ChatRow.@Nullable UserRef assignee,
            boolean done, @Nullable Instant doneAt, Instant createdAt) {
    }

    private static final String SELECT = """
            select t.id, t.chat_id, t.text, t.due_at, t.done, t.done_at, t.created_at, u.id as assignee_id,
                   u.name as assignee_name
            from tasks t left join users u on u.workspace_id = t.workspace_id and u.id = t.assignee_id
            """;

    private final JdbcClient db;

    Tasks(JdbcClient db) {
        this.db = db;
    }

    List<Task> ofChat(UUID ws, UUID chatId) {
        return db.sql(SELECT + "where t.workspace_id = :ws and t.chat_id = :chat\n"
                        + "order by t.done, t.due_at nulls last, t.id")
                .param("ws", ws).param("chat", chatId).query(this::task).list();
    }

    Optional<Task> find(UUID ws, UUID id) {
        return db.sql(SELECT + "where t.workspace_id = :ws and t.id = :id").param("ws", ws).param("id", id)
                .query(this::task).optional();
    }

    UUID add(UUID ws, UUID chatId, String text, Instant dueAt, @Nullable UUID assigneeId, UUID by) {
        UUID id = Ids.next();
        db.sql("""
                insert into tasks (workspace_id, id, chat_id, text, due_at, assignee_id, created_by)
                values (:ws, :id, :chat, :text, :due, :assignee, :by)
                """)
                .param("ws", ws).param("id", id).param("chat", chatId).param("text", text)
                .param("due", Timestamp.from(dueAt)).param("assignee", assigneeId).param("by", by).update();
        summarise(ws, chatId);
        return id;
    }

    void change(UUID ws, Task before, String text, @Nullable Instant dueAt, @Nullable UUID assigneeId, boolean done) {
        db.sql("""
                update tasks set text = :text, due_at = :due, assignee_id = :assignee, done = :done,
                       done_at = case when :done and not done then now() when not :done then null else done_at end
                where workspace_id = :ws and id = :id
                """)
                .param("ws", ws).param("id", UUID.fromString(before.id())).param("text", text)
                .param("due", dueAt == null ? null : Timestamp.from(dueAt)).param("assignee", assigneeId)
                .param("done", done).update();
        summarise(ws, UUID.fromString(before.chatId()));
    }

    void remove(UUID ws, Task task) {
        db.sql("delete from tasks where workspace_id = :ws and id = :id")
                .param("ws", ws).param("id", UUID.fromString(task.id())).update();
        summarise(ws, UUID.fromString(task.chatId()));
    }

    /** The chat's count of open tasks and its nearest one: the earliest due, then the oldest. */
    private void summarise(UUID ws, UUID chatId) {
        db.sql("""
                update chats c set open_tasks = s.open, next_task_id = s.next_id, next_task_text = s.next_text,
                       next_task_due_at = s.next_due, updated_at = now()
                from (select count(*) as open,
                             (array_agg(t.id order by t.due_at nulls last, t.id))[1] as next_id,
                             (array_agg(t.text order by t.due_at nulls last, t.id))[1] as next_text,
                             (array_agg(t.due_at order by t.due_at nulls last, t.id))[1] as next_due
                      from tasks t where t.workspace_id = :ws and t.chat_id = :chat and not t.done) s
                where c.workspace_id = :ws and c.id = :chat
                """)
                .param("ws", ws).param("chat", chatId).update();
    }

    private Task task(ResultSet rs, int n) throws SQLException {
        UUID assignee = rs.getObject("assignee_id", UUID.class);
        return new Task(rs.getString("id"), rs.getString("chat_id"), rs.getString("text"), instant(rs, "due_at"),
                assignee == null ? null : new ChatRow.UserRef(assignee.toString(), rs.getString("assignee_name")),
                rs.getBoolean("done"), instant(rs, "done_at"), instant(rs, "created_at"));
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
