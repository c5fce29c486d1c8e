package dev.switchboard.clients;

import dev.switchboard.common.Ids;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The clients of each workspace, found by their identity on a channel. */
@Repository
public class Clients {

    private final JdbcClient db;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;

    Clients(JdbcClient db, ApplicationEventPublisher events, JsonMapper json) {
        this.db = db;
        this.events = events;
        this.json = json;
    }

    /** The client behind a channel identity: the known one, or a new card made from the profile. */
    public UUID identify(UUID workspaceId, UUID channelId, ClientProfile profile, String country) {
        Optional<UUID> known = known(workspaceId, channelId, profile.externalId());
        if (known.isPresent()) {
            refresh(workspaceId, channelId, profile);
            return known.get();
        }
        UUID id = Ids.next();
        String phone = profile.phone() == null ? null : Phones.normalise(profile.phone(), country).orElse(null);
        db.sql("""
                insert into clients (workspace_id, id, name, phone, email, username, search_text)
                values (:ws, :id, :name, :phone, :email, :username, :search)
                """)
                .param("ws", workspaceId).param("id", id).param("name", profile.name()).param("phone", phone)
                .param("email", profile.email()).param("username", profile.username())
                .param("search", searchText(profile.name(), profile.username(), profile.email(), phone))
                .update();
        int inserted = db.sql("""
                insert into client_identities (workspace_id, channel_id, external_id, client_id, username,
                                               display_name, avatar_ref)
                values (:ws, :channel, :external, :client, :username, :name, :avatar)
                on conflict do nothing
                """)
                .param("ws", workspaceId).param("channel", channelId).param("external", profile.externalId())
                .param("client", id).param("username", profile.username()).param("name", profile.name())
                .param("avatar", profile.avatarRef())
                .update();
        if (inserted == 0) {
            // another request made the identity first: use its client, drop ours
            db.sql("delete from clients where workspace_id = :ws and id = :id").param("ws", workspaceId)
                    .param("id", id).update();
            return known(workspaceId, channelId, profile.externalId()).orElseThrow();
        }
        events.publishEvent(new ClientCreated(workspaceId, id, channelId, profile.avatarRef()));
        return id;
    }

    public Optional<Client> find(UUID workspaceId, UUID id) {
        return db.sql("""
                select id, name, username, phone, email, avatar_url, fields::text as fields from clients
                where workspace_id = :ws and id = :id
                """)
                .param("ws", workspaceId).param("id", id)
                .query((rs, n) -> new Client(rs.getObject("id", UUID.class), rs.getString("name"),
                        rs.getString("username"), rs.getString("phone"), rs.getString("email"),
                        rs.getString("avatar_url"), json.readValue(rs.getString("fields"),
                                new TypeReference<Map<String, Object>>() {
                                })))
                .optional();
    }

    /** Changes the card as an operator edited it; the search text follows. */
    public void update(UUID workspaceId, UUID id, String name, @Nullable String phone, @Nullable String email,
            @Nullable String username, Map<String, Object> fields) {
        db.sql("""
                update clients set name = :name, phone = :phone, email = :email, username = :username,
                       fields = cast(:fields as jsonb), search_text = :search
                where workspace_id = :ws and id = :id
                """)
                .param("ws", workspaceId).param("id", id).param("name", name).param("phone", phone)
                .param("email", email).param("username", username).param("fields", json.writeValueAsString(fields))
                .param("search", searchText(name, username, email, phone))
                .update();
    }

    /**
     * What a client wrote about themselves (a widget visitor's name and phone, the phone already
     * normalised): kept on the card where given, the search text following.
     */
    public void leaveContacts(UUID workspaceId, UUID id, @Nullable String name, @Nullable String phone) {
        find(workspaceId, id).ifPresent(c -> {
            String newName = name == null ? c.name() : name;
            String newPhone = phone == null ? c.phone() : phone;
            db.sql("""
                    update clients set name = :name, phone = :phone, search_text = :search
                    where workspace_id = :ws and id = :id
                    """)
                    .param("ws", workspaceId).param("id", id).param("name", newName).param("phone", newPhone)
                    .param("search", searchText(newName, c.username(), c.email(), newPhone))
                    .update();
        });
    }

    void setAvatar(UUID workspaceId, UUID id, String storageKey) {
        db.sql("update clients set avatar_key = :key, avatar_url = :url where workspace_id = :ws and id = :id")
                .param("ws", workspaceId).param("id", id).param("key", storageKey)
                .param("url", "/api/v1/clients/" + id + "/avatar").update();
    }

    Optional<String> avatarKey(UUID workspaceId, UUID id) {
        return db.sql("select avatar_key from clients where workspace_id = :ws and id = :id and avatar_key is not null")
                .param("ws", workspaceId).param("id", id).query(String.class).optional();
    }

    /** The text client search matches: lower-cased name, username, e-mail and phone digits. */
    public static String searchText(String name, @Nullable String username, @Nullable String email,
            @Nullable String phone) {
        return Stream.of(name, username, email, phone == null ? null : Phones.digits(phone))
                .filter(s -> s != null && !s.isBlank())
                .map(s -> s.toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(" "));
    }

    /** The client behind an identity on this channel: by the platform's id, or else by username. */
    public Optional<UUID> onChannel(UUID workspaceId, UUID channelId, @Nullable String externalId,
            @Nullable String username) {
        Optional<UUID> byId = externalId == null ? Optional.empty() : known(workspaceId, channelId, externalId);
        if (byId.isPresent() || username == null) {
            return byId;
        }
        return db.sql("""
                select client_id from client_identities
                where workspace_id = :ws and channel_id = :channel and lower(username) = lower(:username)
                order by created_at desc limit 1
                """)
                .param("ws", workspaceId).param("channel", channelId).param("username", username)
                .query(UUID.class).optional();
    }

    /** A client's card by phone (E.164) or e-mail, the newest if several have it. */
    public Optional<UUID> byContact(UUID workspaceId, @Nullable String phone, @Nullable String email) {
        if (phone == null && email == null) {
            return Optional.empty();
        }
        return db.sql("""
                select id from clients
                where workspace_id = :ws and (phone = :phone or lower(email) = lower(:email))
                order by created_at desc limit 1
                """)
                .param("ws", workspaceId).param("phone", phone).param("email", email)
                .query(UUID.class).optional();
    }

    /**
     * Gives a known client an identity on a channel (someone we write to first); answers the
     * client who holds that identity, which is another one if it was there already.
     */
    public UUID attach(UUID workspaceId, UUID channelId, UUID clientId, ClientProfile profile) {
        db.sql("""
                insert into client_identities (workspace_id, channel_id, external_id, client_id, username, display_name)
                values (:ws, :channel, :external, :client, :username, :name)
                on conflict do nothing
                """)
                .param("ws", workspaceId).param("channel", channelId).param("external", profile.externalId())
                .param("client", clientId).param("username", profile.username()).param("name", profile.name())
                .update();
        return known(workspaceId, channelId, profile.externalId()).orElseThrow();
    }

    private Optional<UUID> known(UUID workspaceId, UUID channelId, String externalId) {
        return db.sql("""
                select client_id from client_identities
                where workspace_id = :ws and channel_id = :channel and external_id = :external
                """)
                .param("ws", workspaceId).param("channel", channelId).param("external", externalId)
                .query(UUID.class).optional();
    }

    private void refresh(UUID workspaceId, UUID channelId, ClientProfile profile) {
        db.sql("""
                update client_identities set username = :username, display_name = :name,
                       avatar_ref = coalesce(cast(:avatar as text), avatar_ref)
                where workspace_id = :ws and channel_id = :channel and external_id = :external
                  and (username is distinct from :username or display_name is distinct from :name
                       or (cast(:avatar as text) is not null and avatar_ref is distinct from cast(:avatar as text)))
                """)
                .param("ws", workspaceId).param("channel", channelId).param("external", profile.externalId())
                .param("username", profile.username()).param("name", profile.name())
                .param("avatar", profile.avatarRef())
                .update();
    }
}
