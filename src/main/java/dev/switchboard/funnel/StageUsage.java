package dev.switchboard.funnel;

import dev.switchboard.accounts.CurrentUser;
import java.util.Map;
import java.util.UUID;

/**
 * What the funnel needs to know of the chats on its stages, answered by the module that
 * keeps the chats (the funnel sits below it and cannot ask it directly).
 */
public interface StageUsage {

    /** How many chats stand on each stage. */
    Map<UUID, Long> chatsPerStage(UUID workspaceId);

    /** Moves every chat of one stage to another, with the category rules of a stage move. */
    int moveChats(CurrentUser by, UUID from, Stage to);
}
