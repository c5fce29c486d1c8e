package dev.switchboard.channels;

import org.jspecify.annotations.Nullable;

/**
 * A platform's word on a message we sent, found by the id the platform gave it: it reached
 * the client's device ({@code delivered}), was seen ({@code read}), or could not be
 * delivered after all ({@code failed}, with the platform's reason).
 */
public record DeliveryReceipt(String externalId, Status status, @Nullable String error) {

    public enum Status { delivered, read, failed }
}
