package dev.switchboard.funnel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.channels.ChannelType;
import dev.switchboard.channels.Channels;
import dev.switchboard.support.Api;
import dev.switchboard.support.ChatBook;
import dev.switchboard.support.IntegrationTest;
import dev.switchboard.support.TestWorkspace;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** Response-time analytics: every answer to a waiting client counts once, per operator and per channel. */
@IntegrationTest
class AnalyticsIT {

    static final Instant FROM = Instant.parse("2026-11-02T00:00:00Z");
    static final Instant TO = Instant.parse("2026-11-09T00:00:00Z");

    @LocalServerPort
    int port;
    @Autowired
    Channels channels;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcClient db;

    @Test
    void anAnswerToAWaitingClientIsTimedForItsOperatorAndChannel() {
        ChatBook book = new ChatBook(TestWorkspace.signUp(port), channels, events, new TransactionTemplate(transactions));
        book.channel("Shop bot", ChannelType.telegram);
        String chat = book.inbound("Shop bot", "c1", "Anna", null, null, "Do you have peonies?");
        Api api = book.workspace().api();
        assertThat(api.post("/api/v1/chats/" + chat + "/messages", Map.of("text", "Yes!")).status()).isEqualTo(201);
        // a second answer before the client writes again is no response to a wait
        assertThat(api.post("/api/v1/chats/" + chat + "/messages", Map.of("text", "25 of them")).status())
                .isEqualTo(201);

        JsonNode byUser = api.get("/api/v1/analytics/response-times").json();
        assertThat(byUser.at("/total/count").asLong()).isEqualTo(1);
        assertThat(byUser.at("/items/0/name").asString()).isEqualTo("Olga Owner");
        assertThat(byUser.at("/items/0/medianSeconds").asDouble()).isBetween(0.0, 30.0);
        JsonNode byChannel = api.get("/api/v1/analytics/response-times?groupBy=channel").json();
        assertThat(byChannel.at("/items/0/name").asString()).isEqualTo("Shop bot");
        assertThat(byChannel.at("/items/0/count").asLong()).isEqualTo(1);
    }

    @Test
    void theFiguresAreThoseOfAHandComputedWeek() {
        ChatBook book = new ChatBook(TestWorkspace.signUp(port), channels, events, new TransactionTemplate(transactions));
        TestWorkspace ws = book.workspace();
        UUID owner = UUID.fromString(ws.ownerId());
        UUID anna = UUID.fromString(book.user("Anna"));
        UUID bot = UUID.fromString(book.channel("Shop bot", ChannelType.telegram));
        UUID mail = UUID.fromString(book.channel("Mailbox", ChannelType.email));
        // Anna: 10, 20, 30, 40, 100 → median 30, p90 = 40 + 0.6 × 60 = 76; the owner: 5
        answer(ws, anna, bot, 10, FROM);
        answer(ws, anna, bot, 20, Instant.parse("2026-11-03T12:00:00Z"));
        answer(ws, anna, mail, 30, Instant.parse("2026-11-05T12:00:00Z"));
        answer(ws, anna, mail, 40, Instant.parse("2026-11-07T12:00:00Z"));
        answer(ws, anna, bot, 100, TO.minusMillis(1));
        answer(ws, owner, bot, 5, Instant.parse("2026-11-04T08:00:00Z"));
        // outside [from, to): the instant the period ends, and one before it began
        answer(ws, anna, bot, 9_999, TO);
        answer(ws, owner, bot, 9_999, FROM.minusSeconds(1));

        JsonNode report = ws.api().get("/api/v1/analytics/response-times?from=" + FROM + "&to=" + TO).json();
        // all six: 5, 10, 20, 30, 40, 100 → median 25, p90 = 40 + 0.5 × 60 = 70
        assertThat(report.at("/total").toString())
                .isEqualTo("{\"id\":null,\"name\":null,\"count\":6,\"medianSeconds\":25.0,\"p90Seconds\":70.0}");
        assertThat(report.at("/items/0").toString()).isEqualTo("{\"id\":\"" + anna
                + "\",\"name\":\"Anna\",\"count\":5,\"medianSeconds\":30.0,\"p90Seconds\":76.0}");
        assertThat(report.at("/items/1").toString()).isEqualTo("{\"id\":\"" + owner
                + "\",\"name\":\"Olga Owner\",\"count\":1,\"medianSeconds\":5.0,\"p90Seconds\":5.0}");

        JsonNode perChannel = ws.api().get("/api/v1/analytics/response-times?groupBy=channel&from=" + FROM + "&to="
                + TO).json();
        // the bot: 5, 10, 20, 100 → median 15, p90 = 20 + 0.7 × 80 = 76; the mailbox: 30, 40 → 35, 39
        assertThat(perChannel.at("/items/0/name").asString()).isEqualTo("Shop bot");
        assertThat(perChannel.at("/items/0/medianSeconds").asDouble()).isEqualTo(15.0);
        assertThat(perChannel.at("/items/0/p90Seconds").asDouble()).isEqualTo(76.0);
        assertThat(perChannel.at("/items/1/name").asString()).isEqualTo("Mailbox");
        assertThat(perChannel.at("/items/1/medianSeconds").asDouble()).isEqualTo(35.0);
        assertThat(perChannel.at("/items/1/p90Seconds").asDouble()).isEqualTo(39.0);

        // another workspace's figures are its own
        TestWorkspace other = TestWorkspace.signUp(port);
        assertThat(other.api().get("/api/v1/analytics/response-times?from=" + FROM + "&to=" + TO).json()
                .at("/total/count").asLong()).isZero();
    }

    @Test
    void onlyAdminsReadItAndABadPeriodIsRefused() {
        ChatBook book = new ChatBook(TestWorkspace.signUp(port), channels, events, new TransactionTemplate(transactions));
        ChatBook.Member operator = book.member("Oleg", "operator", true);
        assertThat(operator.api().get("/api/v1/analytics/response-times").status()).isEqualTo(403);
        Api api = book.workspace().api();
        assertThat(api.get("/api/v1/analytics/response-times?groupBy=tag").status()).isEqualTo(400);
        assertThat(api.get("/api/v1/analytics/response-times?from=" + TO + "&to=" + FROM).text("/detail"))
                .isEqualTo("from must be before to");
        assertThat(api.get("/api/v1/analytics/response-times?from=2020-01-01T00:00:00Z&to=" + TO).status())
                .isEqualTo(400);
        assertThat(api.get("/api/v1/analytics/response-times?from=yesterday").status()).isEqualTo(400);
    }

    private void answer(TestWorkspace ws, UUID user, UUID channel, int seconds, Instant at) {
        db.sql("""
                insert into chat_responses (workspace_id, id, chat_id, channel_id, user_id, seconds, answered_at)
                values (:ws, :id, :chat, :channel, :user, :seconds, :at)
                """)
                .param("ws", UUID.fromString(ws.id())).param("id", UUID.randomUUID()).param("chat", UUID.randomUUID())
                .param("channel", channel).param("user", user).param("seconds", seconds)
                .param("at", Timestamp.from(at)).update();
    }
}
