/** The demo workspace: a flower shop with a team, channels, clients and chats, seeded on first start. */
@NullMarked
package dev.switchboard.demo;

import org.jspecify.annotations.NullMarked;
