package dev.switchboard.chats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a chat list shows, turned into SQL: each condition is a parameterised fragment on
 * the {@code chats c} row, so the list, the counts and mass actions share one definition.
 */
record ChatFilter(UUID workspaceId, Category category) {

    /** The WHERE clause and its parameters. */
    record Sql(String where, Map<String, Object> params) {
    }

    Sql toSql() {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        conditions.add("c.workspace_id = :ws");
        params.put("ws", workspaceId);
        conditions.add("c.category = :category");
        params.put("category", category.wire());
        return new Sql(String.join("\n  and ", conditions), params);
    }
}
