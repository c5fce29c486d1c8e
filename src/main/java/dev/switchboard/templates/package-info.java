/** Quick replies: the workspace's templates and each user's own, with placeholders filled in for a chat. */
@NullMarked
package dev.switchboard.templates;

import org.jspecify.annotations.NullMarked;
