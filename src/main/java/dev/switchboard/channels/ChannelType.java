package dev.switchboard.channels;

import java.time.Duration;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The platforms a channel can connect and what each can do: write first (and by which of the
 * client's addresses; a Telegram bot, an Instagram or Facebook page and the website widget may
 * only answer someone who wrote), comments under posts, and the windows in which a business
 * may answer.
 */
public enum ChannelType {
    telegram(Windows.NONE, false),
    /** The only one with templates the platform approves: what may be sent once its window has closed. */
    whatsapp(new Windows(Duration.ofHours(24), null, null), false, "phone"),
    vk(Windows.NONE, true, "externalId", "username"),
    instagram(Windows.META_PAGES, true),
    facebook(Windows.META_PAGES, true),
    email(Windows.NONE, false, "email"),
    widget(Windows.NONE, false),
    api(Windows.NONE, false, "externalId", "phone", "email", "username");

    private final Set<String> writeFirstBy;
    private final Windows windows;
    private final boolean comments;

    ChannelType(Windows windows, boolean comments, String... writeFirstBy) {
        this.windows = windows;
        this.comments = comments;
        this.writeFirstBy = Set.of(writeFirstBy);
    }

    /**
     * How long after the client's last message a business may answer freely; after that
     * only a template approved on the platform goes through (WhatsApp), or, until
     * {@link #taggedWindow()}, an answer marked as a person's (Meta's {@code HUMAN_AGENT}
     * tag). Null where there is no limit.
     */
    public @Nullable Duration replyWindow() {
        return windows.free();
    }

    /** How long after the client's last message a person's answer still goes through, tagged as such. */
    public @Nullable Duration taggedWindow() {
        return windows.tagged();
    }

    /**
     * How long after a client's comment the business may answer it in direct messages (Meta's
     * private replies); null where a direct answer has no such limit.
     */
    public @Nullable Duration privateReplyWindow() {
        return windows.privateReply();
    }

    /** Whether the platform keeps templates it approved, sendable after its reply window (WhatsApp). */
    public boolean hasPlatformTemplates() {
        return this == whatsapp;
    }

    /** Whether clients' comments under the account's posts become chats, answered publicly or in direct. */
    public boolean hasComments() {
        return comments;
    }

    /** The kinds of address ({@code phone}, {@code email}, {@code username}, {@code externalId}) a first message can go to. */
    public Set<String> writeFirstBy() {
        return writeFirstBy;
    }

    public boolean canWriteFirst() {
        return !writeFirstBy.isEmpty();
    }

    private record Windows(@Nullable Duration free, @Nullable Duration tagged, @Nullable Duration privateReply) {
        static final Windows NONE = new Windows(null, null, null);
        /** Meta's messaging windows for Instagram and Facebook pages. */
        static final Windows META_PAGES = new Windows(Duration.ofHours(24), Duration.ofDays(7), Duration.ofDays(7));
    }
}
