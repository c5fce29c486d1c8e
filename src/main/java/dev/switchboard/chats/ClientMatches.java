package dev.switchboard.chats;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A client search usually finds a handful of clients. Then their chats are looked up by
 * client, which no walk of a tab can beat; only a search that finds many clients (a common
 * name part) is left to the list's walk.
 */
@Component
class ClientMatches {

    /** Up to this many clients found, their chats are fetched by client. */
    static final int FEW = 5_000;

    private final JdbcClient db;

    ClientMatches(JdbcClient db) {
        this.db = db;
    }

    ChatFilter narrow(ChatFilter filter) {
        if (filter.search() == null || filter.clients() != null) {
            return filter;
        }
        ChatFilter.Sql search = filter.clientSearch();
        List<UUID> found = db.sql("select cl.id from clients cl where " + search.where() + " limit " + (FEW + 1))
                .params(search.params()).query(UUID.class).list();
        return found.size() <= FEW ? filter.withClients(found) : filter;
    }
}
