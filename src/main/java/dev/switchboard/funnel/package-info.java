/** The sales funnel: stages and their groups, the board, analytics. */
@NullMarked
package dev.switchboard.funnel;

import org.jspecify.annotations.NullMarked;
