package dev.switchboard.channels;

/** A connector accepted a message from a platform; it is stored within the hook's transaction. */
public record InboundMessageReceived(Channel channel, InboundMessage message) {
}
