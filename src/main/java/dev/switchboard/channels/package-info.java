/**
 * The connector contract, the channels a workspace connected, the inbound hooks and the
 * durable outbound delivery queue. One sub-package per platform; nothing outside them
 * knows a platform's field names.
 */
@NullMarked
package dev.switchboard.channels;

import org.jspecify.annotations.NullMarked;
