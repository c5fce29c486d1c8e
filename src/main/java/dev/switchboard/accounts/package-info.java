/** Workspaces, users, roles, API tokens, sign-in and the security of every request. */
@NullMarked
package dev.switchboard.accounts;

import org.jspecify.annotations.NullMarked;
