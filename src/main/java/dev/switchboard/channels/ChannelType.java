package dev.switchboard.channels;

import java.time.Duration;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The platforms a channel can connect, and how an operator can write first on each: by
 * which of the client's addresses, or not at all (a Telegram bot, an Instagram or Facebook
 * page and the website widget may only answer someone who wrote).
 */
public enum ChannelType {
    telegram(null),
    whatsapp(Duration.ofHours(24), "phone"),
    vk(null, "externalId", "username"),
    instagram(Duration.ofHours(24)),
    facebook(Duration.ofHours(24)),
    email(null, "email"),
    widget(null),
    api(null, "externalId", "phone", "email", "username");

    private final Set<String> writeFirstBy;
    private final @Nullable Duration replyWindow;

    ChannelType(@Nullable Duration replyWindow, String... writeFirstBy) {
        this.replyWindow = replyWindow;
        this.writeFirstBy = Set.of(writeFirstBy);
    }

    /**
     * How long after the client's last message a business may answer freely; after that
     * only a template approved on the platform goes through. Null where there is no limit.
     */
    public @Nullable Duration replyWindow() {
        return replyWindow;
    }

    /** The kinds of address ({@code phone}, {@code email}, {@code username}, {@code externalId}) a first message can go to. */
    public Set<String> writeFirstBy() {
        return writeFirstBy;
    }

    public boolean canWriteFirst() {
        return !writeFirstBy.isEmpty();
    }
}
