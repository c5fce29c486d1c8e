package dev.switchboard.channels;

import java.util.Set;

/**
 * The platforms a channel can connect, and how an operator can write first on each: by
 * which of the client's addresses, or not at all (a Telegram bot, an Instagram or Facebook
 * page and the website widget may only answer someone who wrote).
 */
public enum ChannelType {
    telegram(),
    whatsapp("phone"),
    vk("externalId", "username"),
    instagram(),
    facebook(),
    email("email"),
    widget(),
    api("externalId", "phone", "email", "username");

    private final Set<String> writeFirstBy;

    ChannelType(String... writeFirstBy) {
        this.writeFirstBy = Set.of(writeFirstBy);
    }

    /** The kinds of address ({@code phone}, {@code email}, {@code username}, {@code externalId}) a first message can go to. */
    public Set<String> writeFirstBy() {
        return writeFirstBy;
    }

    public boolean canWriteFirst() {
        return !writeFirstBy.isEmpty();
    }
}
