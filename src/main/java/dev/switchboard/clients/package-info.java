/** Client cards, their identities on each channel, phone normalisation and client search. */
@NullMarked
package dev.switchboard.clients;

import org.jspecify.annotations.NullMarked;
