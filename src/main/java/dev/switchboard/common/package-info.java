/** Truly shared bits: ids, problem responses, time, the database. */
@NullMarked
package dev.switchboard.common;

import org.jspecify.annotations.NullMarked;
