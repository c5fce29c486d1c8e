package dev.switchboard.funnel;

import dev.switchboard.accounts.WorkspaceCreated;
import dev.switchboard.common.Ids;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stages of each workspace's funnel, in their order. */
@Repository
public class Stages {

    private static final List<DefaultStage> DEFAULT_FUNNEL = List.of(
            new DefaultStage("Новый лид", "New lead", StageGroup.active),
            new DefaultStage("Квалификация", "Qualified", StageGroup.active),
            new DefaultStage("Переговоры", "Negotiation", StageGroup.active),
            new DefaultStage("Счёт выставлен", "Invoice sent", StageGroup.active),
            new DefaultStage("Успешно", "Won", StageGroup.success),
            new DefaultStage("Отказ", "Lost", StageGroup.failure),
            new DefaultStage("Не лид", "Not a lead", StageGroup.not_lead));

    private final JdbcClient db;

    Stages(JdbcClient db) {
        this.db = db;
    }

    /** A new workspace starts with the default funnel, named in its language. */
    @EventListener
    void onWorkspaceCreated(WorkspaceCreated e) {
        int position = 0;
        for (DefaultStage s : DEFAULT_FUNNEL) {
            add(e.workspaceId(), e.locale().equals("ru") ? s.ru() : s.en(), s.group(), position++);
        }
    }

    public Stage add(UUID workspaceId, String name, StageGroup group, int position) {
        UUID id = Ids.next();
        db.sql("insert into stages (workspace_id, id, name, grp, position) values (:ws, :id, :name, :grp, :pos)")
                .param("ws", workspaceId).param("id", id).param("name", name).param("grp", group.name())
                .param("pos", position).update();
        return new Stage(id, name, group, position);
    }

    public List<Stage> list(UUID workspaceId) {
        return db.sql("select id, name, grp, position from stages where workspace_id = :ws order by position, id")
                .param("ws", workspaceId)
                .query((rs, n) -> new Stage(rs.getObject("id", UUID.class), rs.getString("name"),
                        StageGroup.valueOf(rs.getString("grp")), rs.getInt("position")))
                .list();
    }

    public Optional<Stage> find(UUID workspaceId, UUID id) {
        return list(workspaceId).stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The workspace's stages locked for a change of the funnel, so two admins' edits apply one after the other. */
    List<Stage> lock(UUID workspaceId) {
        db.sql("select id from stages where workspace_id = :ws order by id for update").param("ws", workspaceId)
                .query(UUID.class).list();
        return list(workspaceId);
    }

    void change(UUID workspaceId, Stage stage) {
        db.sql("update stages set name = :name, grp = :grp where workspace_id = :ws and id = :id")
                .param("ws", workspaceId).param("id", stage.id()).param("name", stage.name())
                .param("grp", stage.group().name()).update();
    }

    /** Puts the stages in the given order, numbering them from 0. */
    void order(UUID workspaceId, List<Stage> ordered) {
        List<UUID> ids = new ArrayList<>(ordered.stream().map(Stage::id).toList());
        db.sql("""
                update stages s set position = o.position - 1
                from unnest(:ids) with ordinality as o(id, position)
                where s.workspace_id = :ws and s.id = o.id and s.position <> o.position - 1
                """)
                .param("ws", workspaceId).param("ids", ids.toArray(UUID[]::new)).update();
    }

    void remove(UUID workspaceId, UUID id) {
        db.sql("delete from stages where workspace_id = :ws and id = :id").param("ws", workspaceId).param("id", id)
                .update();
    }

    private record DefaultStage(String ru, String en, StageGroup group) {
    }
}
