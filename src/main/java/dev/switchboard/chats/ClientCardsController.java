package dev.switchboard.chats;

import dev.switchboard.accounts.CurrentUser;
import dev.switchboard.accounts.Visibilities;
import dev.switchboard.accounts.Workspaces;
import dev.switchboard.clients.Client;
import dev.switchboard.clients.ClientSearch;
import dev.switchboard.clients.Clients;
import dev.switchboard.clients.Phones;
import dev.switchboard.common.BadRequest;
import dev.switchboard.common.Cursor;
import dev.switchboard.common.Ids;
import dev.switchboard.common.Limits;
import dev.switchboard.common.NotFound;
import dev.switchboard.common.Page;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Client cards through the API: found by name, username, phone or e-mail, read with the
 * client's chats, edited in place. A user sees the clients of the chats they may see.
 */
@RestController
@RequestMapping("/api/v1/clients")
class ClientCardsController {

    private final JdbcClient db;
    private final Clients clients;
    private final ChatList list;
    private final Workspaces workspaces;
    private final Visibilities visibilities;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;

    ClientCardsController(JdbcClient db, Clients clients, ChatList list, Workspaces workspaces,
            Visibilities visibilities, ApplicationEventPublisher events, JsonMapper json) {
        this.db = db;
        this.clients = clients;
        this.list = list;
        this.workspaces = workspaces;
        this.visibilities = visibilities;
        this.events = events;
        this.json = json;
    }

    /** Clients by name (keyset-paged on name and id); {@code q} searches as the chat list does. */
    @GetMapping
    Page<Map<String, Object>> search(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) String q,
            @RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
        int size = Limits.pageSize(limit);
        Map<String, Object> params = new HashMap<>();
        params.put("ws", me.workspaceId());
        StringBuilder where = new StringBuilder("cl.workspace_id = :ws");
        if (q != null && q.strip().length() >= ClientSearch.MIN_LENGTH) {
            List<String> likes = new ArrayList<>();
            List<String> patterns = ClientSearch.patterns(q, workspaces.get(me.workspaceId()).country());
            for (int i = 0; i < patterns.size(); i++) {
                likes.add("cl.search_text like :q" + i);
                params.put("q" + i, patterns.get(i));
            }
            where.append(" and (").append(likes.isEmpty() ? "false" : String.join(" or ", likes)).append(")");
        }
        ChatFilter.Sql seen = ChatFilter.of(me.workspaceId(), null).withVisibility(visibilities.of(me)).toSql();
        if (!visibilities.of(me).seesAll()) {
            where.append(" and exists (select 1 from chats c where ").append(seen.where())
                    .append(" and c.client_id = cl.id)");
            params.putAll(seen.params());
        }
        if (cursor != null) {
            Cursor at = Cursor.decode(cursor);
            where.append(" and (lower(cl.name), cl.id) > (:afterKey, :afterId)");
            params.put("afterKey", at.key());
            params.put("afterId", at.id());
        }
        params.put("limit", size + 1);
        List<Map<String, Object>> found = db.sql("""
                        select cl.id, cl.name, cl.username, cl.phone, cl.email, cl.avatar_url, lower(cl.name) as sort_key
                        from clients cl where %s order by lower(cl.name), cl.id limit :limit
                        """.formatted(where))
                .params(params)
                .query((rs, n) -> {
                    Map<String, Object> c = new LinkedHashMap<>();
                    c.put("id", rs.getString("id"));
                    c.put("name", rs.getString("name"));
                    c.put("username", rs.getString("username"));
                    c.put("phone", rs.getString("phone"));
                    c.put("email", rs.getString("email"));
                    c.put("avatarUrl", rs.getString("avatar_url"));
                    c.put("sortKey", rs.getString("sort_key"));
                    return c;
                }).list();
        String next = null;
        if (found.size() > size) {
            found = new ArrayList<>(found.subList(0, size));
            Map<String, Object> last = found.getLast();
            next = Cursor.of((String) last.get("sortKey"), UUID.fromString((String) last.get("id"))).encode();
        }
        found.forEach(c -> c.remove("sortKey"));
        return new Page<>(found, next);
    }

    /** The card with the client's chats the caller may see, newest first. */
    @GetMapping("/{id}")
    Map<String, Object> get(@AuthenticationPrincipal CurrentUser me, @PathVariable String id) {
        UUID clientId = Ids.parseOrNotFound(id);
        Client client = clients.find(me.workspaceId(), clientId).orElseThrow(() -> new NotFound("Client not found"));
        List<ChatRow> chats = chatsOf(me, clientId);
        if (chats.isEmpty() && !visibilities.of(me).seesAll()) {
            throw new NotFound("Client not found");
        }
        Map<String, Object> card = json.convertValue(client, new TypeReference<Map<String, Object>>() {
        });
        card.put("chats", chats);
        return card;
    }

    /** Changes name, phone, e-mail, username and custom fields (merged; null removes one). */
    @PatchMapping("/{id}")
    @Transactional
    Map<String, Object> patch(@AuthenticationPrincipal CurrentUser me, @PathVariable String id,
            @RequestBody Map<String, Object> body) {
        UUID clientId = Ids.parseOrNotFound(id);
        get(me, id);
        Client c = clients.find(me.workspaceId(), clientId).orElseThrow();
        String name = body.containsKey("name") ? text(body, "name", 200, false) : c.name();
        String phone = c.phone();
        if (body.containsKey("phone")) {
            String typed = text(body, "phone", 50, true);
            phone = typed == null ? null : Phones.normalise(typed, workspaces.get(me.workspaceId()).country())
                    .orElseThrow(() -> new BadRequest("phone", "\"" + typed + "\" is not a phone number"));
        }
        String email = c.email();
        if (body.containsKey("email")) {
            email = text(body, "email", 200, true);
            if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                throw new BadRequest("email", "\"" + email + "\" is not an e-mail address");
            }
            email = email == null ? null : email.toLowerCase(Locale.ROOT);
        }
        String username = body.containsKey("username") ? text(body, "username", 100, true) : c.username();
        Map<String, Object> fields = new LinkedHashMap<>(c.fields());
        if (body.containsKey("fields")) {
            if (!(body.get("fields") instanceof Map<?, ?> changes)) {
                throw new BadRequest("fields", "fields must be an object");
            }
            for (Map.Entry<?, ?> e : changes.entrySet()) {
                String key = String.valueOf(e.getKey());
                if (key.isBlank() || key.length() > 100) {
                    throw new BadRequest("fields", "A field's name must be 1 to 100 characters");
                }
                if (e.getValue() == null) {
                    fields.remove(key);
                } else if (e.getValue() instanceof String || e.getValue() instanceof Number
                        || e.getValue() instanceof Boolean) {
                    fields.put(key, e.getValue());
                } else {
                    throw new BadRequest("fields", "A field holds a text, a number or true/false");
                }
            }
            if (fields.size() > 100) {
                throw new BadRequest("fields", "A client has at most 100 fields");
            }
        }
        clients.update(me.workspaceId(), clientId, name, phone, email, username, fields);
        // the client's name and phone show in the rows of their chats
        events.publishEvent(new ChatsChanged(me.workspaceId()));
        return get(me, id);
    }

    /** The client's chats the caller may see, newest first (at most 50). */
    private List<ChatRow> chatsOf(CurrentUser me, UUID clientId) {
        ChatFilter.Sql seen = ChatFilter.of(me.workspaceId(), null).withVisibility(visibilities.of(me)).toSql();
        List<UUID> ids = db.sql("select c.id from chats c where " + seen.where()
                        + " and c.client_id = :client order by c.last_activity_at desc limit 50")
                .params(seen.params()).param("client", clientId).query(UUID.class).list();
        return list.rows(me.workspaceId(), ids);
    }

    private static String text(Map<String, Object> body, String field, int max, boolean nullable) {
        Object value = body.get(field);
        if (value == null && nullable) {
            return null;
        }
        if (!(value instanceof String s) || s.isBlank() && !nullable) {
            throw new BadRequest(field, field + " must be a text");
        }
        String stripped = s.strip();
        if (stripped.length() > max) {
            throw new BadRequest(field, field + " is longer than " + max + " characters");
        }
        return stripped.isEmpty() ? null : stripped;
    }
}
