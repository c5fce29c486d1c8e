/**
 * The website chat widget: its channel connector, the visitor API and live stream that the
 * {@code widget.js} a site owner pastes talks to, and the page to try it on. A module of its
 * own rather than a folder of {@code channels}, because the visitor reads back the chat's
 * history, which lives above the channels.
 */
@NullMarked
package dev.switchboard.widget;

import org.jspecify.annotations.NullMarked;
