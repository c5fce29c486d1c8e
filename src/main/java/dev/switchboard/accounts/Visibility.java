package dev.switchboard.accounts;

import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Which chats a user may see. Owners and admins see every chat. An operator works only in
 * the channels given to them, and there sees the New chats and the chats they are
 * responsible for — or every chat of those channels when they are a supervisor or the
 * workspace lets operators see all chats.
 *
 * @param channels null for every channel
 * @param ownOnly  outside New, only the chats the user is responsible for
 */
public record Visibility(UUID userId, @Nullable Set<UUID> channels, boolean ownOnly) {

    public static Visibility everything(UUID userId) {
        return new Visibility(userId, null, false);
    }

    public boolean seesAll() {
        return channels == null && !ownOnly;
    }

    /** Whether a chat of this channel, category and responsible is visible. */
    public boolean sees(UUID channelId, String category, @Nullable UUID responsibleId) {
        return (channels == null || channels.contains(channelId))
                && (!ownOnly || "new".equals(category) || userId.equals(responsibleId));
    }

    public boolean seesChannel(UUID channelId) {
        return channels == null || channels.contains(channelId);
    }
}
