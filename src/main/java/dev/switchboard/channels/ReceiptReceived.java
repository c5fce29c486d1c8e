package dev.switchboard.channels;

/** A receipt arrived on a channel's hook; handled in the hook's transaction. */
public record ReceiptReceived(Channel channel, DeliveryReceipt receipt) {
}
