package dev.switchboard.demo;

import java.net.URI;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /demo}: the demo shop's site with its chat widget, to write as a visitor and answer in the inbox. */
@RestController
@ConditionalOnProperty(name = "switchboard.demo.enabled", havingValue = "true", matchIfMissing = true)
class DemoSite {

    private final JdbcClient db;

    DemoSite(JdbcClient db) {
        this.db = db;
    }

    @GetMapping("/demo")
    ResponseEntity<Void> site() {
        return db.sql("""
                        select c.id from channels c join users u on u.workspace_id = c.workspace_id
                        where u.email = :email and c.type = 'widget' and c.deleted_at is null
                        order by c.id limit 1
                        """)
                .param("email", DemoWorkspace.EMAIL).query(UUID.class).optional()
                .map(id -> ResponseEntity.status(302).location(URI.create("/widget/try/" + id)).<Void>build())
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
