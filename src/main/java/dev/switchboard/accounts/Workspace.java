package dev.switchboard.accounts;

import java.util.UUID;

/** One business: its settings as the product reads them. */
public record Workspace(UUID id, String name, String country, String timezone, String locale,
        boolean operatorsSeeAllChats, int responseTimeAlertSeconds, boolean autoAssign) {
}
