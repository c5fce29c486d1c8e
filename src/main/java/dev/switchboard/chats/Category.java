package dev.switchboard.chats;

/** Where a chat stands: New («Новые»), Accepted («Принятые») or Archive («Архив»). */
public enum Category {
    NEW("new"), ACCEPTED("accepted"), ARCHIVE("archive");

    private final String wire;

    Category(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    public static Category of(String wire) {
        for (Category c : values()) {
            if (c.wire.equals(wire)) {
                return c;
            }
        }
        throw new dev.switchboard.common.BadRequest("category", "category must be new, accepted or archive");
    }
}
