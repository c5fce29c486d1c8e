/** The WebSocket stream of live events, fanned out across nodes through PostgreSQL LISTEN/NOTIFY. */
@NullMarked
package dev.switchboard.live;

import org.jspecify.annotations.NullMarked;
