package dev.switchboard.chats;

import dev.switchboard.accounts.CurrentUser;
import dev.switchboard.accounts.Visibilities;
import dev.switchboard.accounts.Workspace;
import dev.switchboard.accounts.Workspaces;
import dev.switchboard.channels.ChannelType;
import dev.switchboard.clients.ClientSearch;
import dev.switchboard.common.BadRequest;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Reads the list's filter parameters — from a query string or from a mass action's
 * {@code filter} object, which use the same names — into a {@link ChatFilter}. A value
 * that cannot be read is bad input, named by its parameter.
 */
@Component
class ChatFilters {

    private static final int MAX_VALUES = 200;

    private final Workspaces workspaces;
    private final Visibilities visibilities;

    ChatFilters(Workspaces workspaces, Visibilities visibilities) {
        this.workspaces = workspaces;
        this.visibilities = visibilities;
    }

    /** The filter of the parameters, within the chats the caller may see. */
    ChatFilter read(CurrentUser me, Map<String, List<String>> params, @Nullable Category category) {
        UUID workspaceId = me.workspaceId();
        Workspace workspace = workspaces.get(workspaceId);
        Reader r = new Reader(params);
        List<String> types = r.all("channelType");
        for (String type : types) {
            if (Arrays.stream(ChannelType.values()).noneMatch(t -> t.name().equals(type))) {
                throw new BadRequest("channelType", "Unknown channel type: " + type);
            }
        }
        List<String> responsible = r.all("responsible");
        String sourceType = r.one("sourceType");
        if (sourceType != null && !sourceType.equals("message") && !sourceType.equals("comment")) {
            throw new BadRequest("sourceType", "sourceType must be message or comment");
        }
        Instant from = r.instant("from");
        Instant to = r.instant("to");
        if (from != null && to != null && !from.isBefore(to)) {
            throw new BadRequest("to", "to must be after from");
        }
        String q = r.one("q");
        List<String> search = q == null || q.strip().length() < ClientSearch.MIN_LENGTH ? null
                : ClientSearch.patterns(q, workspace.country());
        return new ChatFilter(workspaceId, category, types, r.ids("channel", r.all("channel")),
                r.ids("responsible", responsible.stream().filter(v -> !v.equals("none")).toList()),
                responsible.contains("none"), r.ids("tag", r.all("tag")), sourceType,
                r.choice("state", ChatFilter.State.class), r.ids("stage", r.all("stage")), from, to,
                r.choice("tasks", ChatFilter.Tasks.class), search, today(workspace), null, visibilities.of(me));
    }

    ChatSort sort(Map<String, List<String>> params) {
        String sort = new Reader(params).one("sort");
        return sort == null ? ChatSort.NEWEST : ChatSort.of(sort);
    }

    /** The workspace's current day: a task due at its midnight is due today, one due at the next is not. */
    private static ChatFilter.Day today(Workspace workspace) {
        ZoneId zone;
        try {
            zone = ZoneId.of(workspace.timezone());
        } catch (DateTimeException e) {
            zone = ZoneId.of("UTC");
        }
        LocalDate day = LocalDate.now(zone);
        return new ChatFilter.Day(day.atStartOfDay(zone).toInstant(), day.plusDays(1).atStartOfDay(zone).toInstant());
    }

    private record Reader(Map<String, List<String>> params) {

        List<String> all(String name) {
            List<String> values = new ArrayList<>();
            for (String v : params.getOrDefault(name, List.of())) {
                if (v != null && !v.isBlank()) {
                    values.add(v.strip());
                }
            }
            if (values.size() > MAX_VALUES) {
                throw new BadRequest(name, "At most " + MAX_VALUES + " values of " + name);
            }
            return values;
        }

        @Nullable String one(String name) {
            List<String> values = all(name);
            if (values.size() > 1) {
                throw new BadRequest(name, name + " takes one value");
            }
            return values.isEmpty() ? null : values.getFirst();
        }

        List<UUID> ids(String name, List<String> values) {
            List<UUID> ids = new ArrayList<>(values.size());
            for (String v : values) {
                try {
                    ids.add(UUID.fromString(v));
                } catch (IllegalArgumentException e) {
                    throw new BadRequest(name, name + " must be an id" + ("responsible".equals(name) ? " or none" : ""));
                }
            }
            return ids;
        }

        @Nullable Instant instant(String name) {
            String v = one(name);
            try {
                return v == null ? null : Instant.parse(v);
            } catch (DateTimeException e) {
                throw new BadRequest(name, name + " must be an ISO-8601 instant such as 2026-11-25T09:30:00Z");
            }
        }

        <E extends Enum<E>> @Nullable E choice(String name, Class<E> type) {
            String v = one(name);
            if (v == null) {
                return null;
            }
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(v)) {
                    return e;
                }
            }
            List<String> allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
            throw new BadRequest(name, name + " must be one of " + String.join(", ", allowed));
        }
    }
}
