/** The chat list and its query, categories and their moves, chat fields, tasks, tags, replies. */
@NullMarked
package dev.switchboard.chats;

import org.jspecify.annotations.NullMarked;
