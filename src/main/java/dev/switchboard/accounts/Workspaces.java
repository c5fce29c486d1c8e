package dev.switchboard.accounts;

import dev.switchboard.common.NotFound;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The workspaces and their settings. */
@Repository
public class Workspaces {

    private final JdbcClient db;

    Workspaces(JdbcClient db) {
        this.db = db;
    }

    void create(Workspace w) {
        db.sql("""
                insert into workspaces (id, name, country, timezone, locale, operators_see_all_chats,
                                        response_time_alert_seconds, auto_assign)
                values (:id, :name, :country, :timezone, :locale, :seeAll, :alert, :autoAssign)
                """)
                .param("id", w.id()).param("name", w.name()).param("country", w.country())
                .param("timezone", w.timezone()).param("locale", w.locale())
                .param("seeAll", w.operatorsSeeAllChats()).param("alert", w.responseTimeAlertSeconds())
                .param("autoAssign", w.autoAssign())
                .update();
    }

    public Optional<Workspace> find(UUID id) {
        return db.sql("""
                select id, name, country, timezone, locale, operators_see_all_chats,
                       response_time_alert_seconds, auto_assign
                from workspaces where id = :id
                """)
                .param("id", id)
                .query((rs, n) -> new Workspace(rs.getObject("id", UUID.class), rs.getString("name"),
                        rs.getString("country"), rs.getString("timezone"), rs.getString("locale"),
                        rs.getBoolean("operators_see_all_chats"), rs.getInt("response_time_alert_seconds"),
                        rs.getBoolean("auto_assign")))
                .optional();
    }

    public Workspace get(UUID id) {
        return find(id).orElseThrow(() -> new NotFound("Workspace not found"));
    }

    public void update(Workspace w) {
        db.sql("""
                update workspaces set name = :name, country = :country, timezone = :timezone, locale = :locale,
                       operators_see_all_chats = :seeAll, response_time_alert_seconds = :alert,
                       auto_assign = :autoAssign
                where id = :id
                """)
                .param("id", w.id()).param("name", w.name()).param("country", w.country())
                .param("timezone", w.timezone()).param("locale", w.locale())
                .param("seeAll", w.operatorsSeeAllChats()).param("alert", w.responseTimeAlertSeconds())
                .param("autoAssign", w.autoAssign())
                .update();
    }
}
