package dev.switchboard.funnel;

import java.util.UUID;

/** A step of a workspace's sales funnel. */
public record Stage(UUID id, String name, StageGroup group, int position) {
}
