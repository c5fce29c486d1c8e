package dev.switchboard.live;

import dev.switchboard.common.DatabaseAddress;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Listens on its own connection for the notifications of every node and hands them to the stream. */
@Component
class LiveListener implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LiveListener.class);

    private final DatabaseAddress address;
    private final LiveStream stream;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;
    private volatile boolean running;
    private volatile Thread thread;

    LiveListener(DatabaseAddress address, LiveStream stream, JsonMapper json, ApplicationEventPublisher events) {
        this.events = events;
        this.address = address;
        this.stream = stream;
        this.json = json;
    }

    @Override
    public void start() {
        running = true;
        thread = Thread.ofPlatform().daemon().name("live-listener").start(this::listen);
    }

    @Override
    public void stop() {
        running = false;
        Thread t = thread;
        if (t != null) {
            t.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        long backoff = 500;
        while (running) {
            try (Connection connection = DriverManager.getConnection(address.jdbcUrl(), address.user(),
                    address.password())) {
                try (Statement s = connection.createStatement()) {
                    s.execute("LISTEN " + LiveNotices.CHANNEL);
                }
                backoff = 500;
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(5000);
                    if (notifications != null) {
                        for (PGNotification n : notifications) {
                            deliver(n.getParameter());
                        }
                    }
                }
            } catch (SQLException e) {
                if (running) {
                    log.warn("Live listener lost its connection ({}); reconnecting", e.getMessage());
                    sleep(backoff);
                    backoff = Math.min(backoff * 2, 10_000);
                }
            }
        }
    }

    private void deliver(String payload) {
        try {
            LiveNotices.Notice notice = json.readValue(payload, LiveNotices.Notice.class);
            stream.publish(notice);
            events.publishEvent(new ChangeHeard(notice.kind(), UUID.fromString(notice.workspaceId()),
                    notice.chatId() == null ? null : UUID.fromString(notice.chatId()),
                    notice.messageId() == null ? null : UUID.fromString(notice.messageId()), notice.created()));
        } catch (RuntimeException e) {
            log.warn("Could not deliver a live notification: {}", e.toString());
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
