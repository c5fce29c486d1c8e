package dev.switchboard.chats;

import java.util.Set;
import java.util.UUID;

/**
 * The stretch of an ordered index a filtered page or count walks: the tab's newest chats,
 * narrowed to the smallest set a filter has an index of its own for — unread chats, chats
 * with open tasks, one responsible's (an operator's own chats too), one channel's, or the chats of a few tags (V7's
 * {@code chat_tags}, in activity order per tag). The walk reads at most {@code :walk}
 * chats; a stretch that ends before that has been read whole, so what it found is all
 * there is.
 */
final class ChatWalk {

    /** More tags than this are walked as the tab: each tag is a walk of its own. */
    static final int MOST_TAGS = 5;

    enum Bound { TAB, UNREAD, TASKS, RESPONSIBLE, OWN, CHANNEL, SEEN_CHANNEL, TAGS }

    private final ChatFilter filter;
    private final ChatSort sort;
    private final Bound bound;

    private ChatWalk(ChatFilter filter, ChatSort sort, Bound bound) {
        this.filter = filter;
        this.sort = sort;
        this.bound = bound;
    }

    /** The narrowest stretch the filter allows, by the sizes of the tab's indexes. */
    static ChatWalk of(ChatFilter filter, ChatSort sort, WalkSizes.Tab sizes) {
        Bound best = Bound.TAB;
        long smallest = Long.MAX_VALUE;
        if (sort.byActivity()) {
            if (filter.state() == ChatFilter.State.unread && sizes.unread() < smallest) {
                best = Bound.UNREAD;
                smallest = sizes.unread();
            }
            if (filter.tasks() != null && filter.tasks() != ChatFilter.Tasks.none && sizes.withTasks() < smallest) {
                best = Bound.TASKS;
                smallest = sizes.withTasks();
            }
            if (filter.responsible().size() + (filter.nobodyResponsible() ? 1 : 0) == 1) {
                long n = sizes.responsible(filter.nobodyResponsible() ? null : filter.responsible().getFirst());
                if (n < smallest) {
                    best = Bound.RESPONSIBLE;
                    smallest = n;
                }
            }
            if (filter.visibility().ownOnly() && filter.category() != Category.NEW) {
                long n = sizes.responsible(filter.visibility().userId());
                if (n < smallest) {
                    best = Bound.OWN;
                    smallest = n;
                }
            }
            Set<UUID> seen = filter.visibility().channels();
            if (seen != null && seen.size() == 1) {
                long n = sizes.channels().getOrDefault(seen.iterator().next(), 0L);
                if (n < smallest) {
                    best = Bound.SEEN_CHANNEL;
                    smallest = n;
                }
            }
            if (filter.channels().size() == 1) {
                long n = sizes.channels().getOrDefault(filter.channels().getFirst(), 0L);
                if (n < smallest) {
                    best = Bound.CHANNEL;
                    smallest = n;
                }
            }
            if (!filter.tags().isEmpty() && filter.tags().size() <= MOST_TAGS) {
                long n = 0;
                for (UUID tag : filter.tags()) {
                    n += sizes.tags().getOrDefault(tag, 0L);
                }
                if (n < smallest) {
                    best = Bound.TAGS;
                }
            }
        }
        return new ChatWalk(filter, sort, best);
    }

    Bound bound() {
        return bound;
    }

    /**
     * The chats of the stretch ({@code c.*}) past {@code after} (a condition on {@code c},
     * or empty), in the list's order, at most {@code :walk}.
     */
    String chats(boolean afterCursor) {
        if (bound == Bound.TAGS) {
            // the pair's activity is the chat's (the triggers keep it so): said in the join, the planner
            // knows the walk's order is the list's and streams it instead of sorting it
            return "select c.* from (" + tagged(afterCursor) + ") w\n"
                    + "  join chats c on c.workspace_id = :ws and c.id = w.chat_id"
                    + " and c.last_activity_at = w.last_activity_at\n"
                    + "  order by " + sort.orderBy("w.last_activity_at", "w.chat_id");
        }
        return "select c.* from chats c\n  where " + conditions() + (afterCursor ? " and " + sort.after() : "")
                + "\n  order by " + sort.orderBy() + "\n  limit :walk";
    }

    /** How many chats the stretch holds (past the cursor), counted up to {@code :walk} on the index alone. */
    String size(boolean afterCursor) {
        if (bound == Bound.TAGS) {
            return "select count(*) from (" + tagged(afterCursor) + ") w";
        }
        return "select count(*) from (select 1 from chats c where " + conditions()
                + (afterCursor ? " and " + sort.after() : "") + " limit :walk) x";
    }

    /**
     * The chats of the tags in list order, at most {@code :walk}: one ordered index scan per
     * tag, merged as they stream (a chat with two of the tags comes twice, side by side, and
     * is kept once), so the walk stops as soon as the page is full.
     */
    private String tagged(boolean afterCursor) {
        StringBuilder scans = new StringBuilder();
        for (int i = 1; i <= filter.tags().size(); i++) {
            if (i > 1) {
                scans.append("\n    union all\n");
            }
            scans.append("    select x.chat_id, x.last_activity_at from chat_tags x\n")
                    .append("    where x.workspace_id = :ws and x.tag_id = (cast(:tags as uuid[]))[").append(i)
                    .append("] and x.category = :category");
            if (filter.from() != null) {
                scans.append(" and x.last_activity_at >= :from");
            }
            if (filter.to() != null) {
                scans.append(" and x.last_activity_at < :to");
            }
            if (afterCursor) {
                scans.append(" and ").append(sort.after("x.last_activity_at", "x.chat_id"));
            }
        }
        String order = sort.orderBy("t.last_activity_at", "t.chat_id");
        return "select distinct on (t.last_activity_at, t.chat_id) t.chat_id, t.last_activity_at from (\n" + scans
                + ") t\n    order by " + order + " limit :walk";
    }

    /** The conditions of a stretch of an index on the chats. */
    private String conditions() {
        StringBuilder bounds = new StringBuilder("c.workspace_id = :ws and c.category = :category");
        switch (bound) {
            case UNREAD -> bounds.append(" and c.unread_count > 0");
            case TASKS -> bounds.append(" and c.open_tasks > 0");
            case RESPONSIBLE -> bounds.append(filter.nobodyResponsible() ? " and c.responsible_id is null"
                    : " and c.responsible_id = (:responsible)[1]");
            case OWN -> bounds.append(" and c.responsible_id = :seenBy");
            case CHANNEL -> bounds.append(" and c.channel_id = (:channels)[1]");
            case SEEN_CHANNEL -> bounds.append(" and c.channel_id = (:seenChannels)[1]");
            default -> {
            }
        }
        if (sort.byActivity() && filter.from() != null) {
            bounds.append(" and c.last_activity_at >= :from");
        }
        if (sort.byActivity() && filter.to() != null) {
            bounds.append(" and c.last_activity_at < :to");
        }
        return bounds.toString();
    }
}
