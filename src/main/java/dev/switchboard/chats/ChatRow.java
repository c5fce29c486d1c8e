package dev.switchboard.chats;

import dev.switchboard.common.Money;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A row of the chat list, exactly as the API shows it. */
public record ChatRow(String id, String category, String sourceType, ClientRef client, ChannelRef channel,
        @Nullable Map<String, Object> post, @Nullable StageRef stage, @Nullable UserRef responsible, List<TagRef> tags,
        @Nullable Money price, Tasks tasks, int unreadCount, @Nullable LastMessage lastMessage,
        @Nullable Instant awaitingReplySince, @Nullable Integer lastResponseSeconds, Instant lastActivityAt,
        Instant createdAt) {

    public record ClientRef(String id, String name, @Nullable String username, @Nullable String phone,
            @Nullable String avatarUrl) {
    }

    public record ChannelRef(String id, String type, String name) {
    }

    public record StageRef(String id, String name, String group) {
    }

    public record UserRef(String id, String name) {
    }

    public record TagRef(String id, String name, String color) {
    }

    public record Tasks(int open, int overdue, @Nullable NextTask next) {
    }

    public record NextTask(String id, String text, @Nullable Instant dueAt) {
    }

    public record LastMessage(String id, String direction, @Nullable String text, Instant at) {
    }
}
