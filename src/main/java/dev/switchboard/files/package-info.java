/** Where attachment bytes are kept: a folder on local disk. */
@NullMarked
package dev.switchboard.files;

import org.jspecify.annotations.NullMarked;
