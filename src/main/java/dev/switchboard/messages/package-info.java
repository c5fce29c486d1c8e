/** Storing and sending messages, notes and events, delivery status, attachments. */
@NullMarked
package dev.switchboard.messages;

import org.jspecify.annotations.NullMarked;
