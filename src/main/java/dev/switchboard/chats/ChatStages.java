package dev.switchboard.chats;

import dev.switchboard.accounts.CurrentUser;
import dev.switchboard.funnel.Stage;
import dev.switchboard.funnel.StageUsage;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Tells the funnel about the chats on its stages, and moves them when a stage goes. */
@Component
class ChatStages implements StageUsage {

    private final JdbcClient db;
    private final MassActions mass;

    ChatStages(JdbcClient db, MassActions mass) {
        this.db = db;
        this.mass = mass;
    }

    @Override
    public Map<UUID, Long> chatsPerStage(UUID workspaceId) {
        Map<UUID, Long> counts = new HashMap<>();
        // the facet counters (V4) are kept per stage: a sum of a few rows, not a count of the chats
        db.sql("select stage_id, sum(chats) as n from chat_counters where workspace_id = :ws group by stage_id")
                .param("ws", workspaceId)
                .query(rs -> {
                    counts.put(rs.getObject("stage_id", UUID.class), rs.getLong("n"));
                });
        return counts;
    }

    @Override
    public int moveChats(CurrentUser by, UUID from, Stage to) {
        return mass.moveStage(by, from, to);
    }
}
