/**
 * Outgoing webhooks: the workspace's subscribers to chat and message events, signed calls
 * retried with backoff until a 2xx, a log of every delivery, and a webhook that fails for a
 * day switched off with the reason kept.
 */
@NullMarked
package dev.switchboard.webhooks;

import org.jspecify.annotations.NullMarked;
