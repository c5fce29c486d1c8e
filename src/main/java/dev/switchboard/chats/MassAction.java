package dev.switchboard.chats;

import dev.switchboard.common.BadRequest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A mass action as the API takes it: the chats (by ids, or everything a list filter
 * matches) and what to do with them.
 */
record MassAction(@Nullable List<String> ids, @Nullable Map<String, Object> filter, @Nullable String action,
        @Nullable String stageId, @Nullable List<String> tagIds, @Nullable String userId) {

    static final Set<String> ACTIONS =
            Set.of("markRead", "markUnread", "setStage", "addTags", "removeTags", "assign", "accept", "archive");

    /** Checks what can be checked without the database. */
    void check(int maxIds) {
        if (action == null || !ACTIONS.contains(action)) {
            throw new BadRequest("action", "action must be one of markRead, markUnread, setStage, addTags, "
                    + "removeTags, assign, accept, archive");
        }
        if ((ids == null) == (filter == null)) {
            throw new BadRequest("ids", "Give either ids or filter");
        }
        if (ids != null && ids.size() > maxIds) {
            throw new BadRequest("ids", "At most " + maxIds + " ids in one call; use a filter for more");
        }
        if ("setStage".equals(action) && stageId == null) {
            throw new BadRequest("stageId", "setStage needs stageId");
        }
        if (("addTags".equals(action) || "removeTags".equals(action)) && (tagIds == null || tagIds.isEmpty())) {
            throw new BadRequest("tagIds", action + " needs tagIds");
        }
        if (tagIds != null && tagIds.size() > 100) {
            throw new BadRequest("tagIds", "At most 100 tags in one call");
        }
    }
}
