package dev.switchboard.funnel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.channels.ChannelType;
import dev.switchboard.support.Api;
import dev.switchboard.support.ChatBook;
import dev.switchboard.support.ChatBookTest;
import dev.switchboard.support.TestWorkspace;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Response-time analytics: every answer to a waiting client counts once, per operator and per channel. */
class AnalyticsIT extends ChatBookTest {

    static final Instant FROM = Instant.parse("2026-11-02T00:00:00Z");
    static final Instant TO = Instant.parse("2026-11-09T00:00:00Z");

    @Autowired
    JdbcClient db;

    @Test
    void anAnswerToAWaitingClientIsTimedForItsOperatorAndChannel() {
        ChatBook book = book();
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
        ChatBook book = book();
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
        ChatBook book = book();
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

    @Test
    void theFunnelCountsEachStagesChatsAndHowManyWentOn() {
        ChatBook book = book();
        Api api = book.api();
        Map<String, String> stage = new java.util.HashMap<>();
        api.get("/api/v1/stages").json().at("/items").forEach(s -> stage.put(s.at("/name").asString(),
                s.at("/id").asString()));
        book.channel("Shop bot", ChannelType.telegram);
        String anna = book.inbound("Shop bot", "c1", "Anna", null, null, "Peonies?");
        String boris = book.inbound("Shop bot", "c2", "Boris", null, null, "Roses?");
        String clara = book.inbound("Shop bot", "c3", "Clara", null, null, "Tulips?");
        String dmitry = book.inbound("Shop bot", "c4", "Dmitry", null, null, "Spam");
        assertThat(api.patch("/api/v1/chats/" + anna, Map.of("stageId", stage.get("Negotiation"))).status())
                .isEqualTo(200);
        assertThat(api.patch("/api/v1/chats/" + boris, Map.of("stageId", stage.get("Won"))).status()).isEqualTo(200);
        assertThat(api.post("/api/v1/chats/bulk", Map.of("ids", java.util.List.of(clara), "action", "setStage",
                "stageId", stage.get("Negotiation"))).status()).isEqualTo(200);
        assertThat(api.patch("/api/v1/chats/" + dmitry, Map.of("stageId", stage.get("Not a lead"))).status())
                .isEqualTo(200);
        // Anna goes on from Negotiation to Won; going to Lost is no step on
        assertThat(api.patch("/api/v1/chats/" + anna, Map.of("stageId", stage.get("Won"))).status()).isEqualTo(200);
        assertThat(api.patch("/api/v1/chats/" + clara, Map.of("stageId", stage.get("Lost"))).status()).isEqualTo(200);

        JsonNode report = api.get("/api/v1/analytics/funnel").json();
        Map<String, JsonNode> byName = new java.util.HashMap<>();
        report.at("/stages").forEach(s -> byName.put(s.at("/name").asString(), s));
        // New lead: all four came in; Anna, Boris and Clara went on to a later stage of work or success
        assertThat(figures(byName.get("New lead"))).isEqualTo("4 3 0.75 0");
        assertThat(figures(byName.get("Negotiation"))).isEqualTo("2 1 0.5 0");
        assertThat(figures(byName.get("Won"))).isEqualTo("2 0 0.0 2");
        assertThat(figures(byName.get("Lost"))).isEqualTo("1 0 0.0 1");
        assertThat(figures(byName.get("Not a lead"))).isEqualTo("1 0 0.0 1");
        assertThat(byName.get("Qualified").at("/conversion").isNull()).as("nobody entered it").isTrue();
        Map<String, Long> moves = new java.util.HashMap<>();
        report.at("/moves").forEach(m -> moves.put(name(stage, m.at("/from").asString()) + " → "
                + name(stage, m.at("/to").asString()), m.at("/chats").asLong()));
        assertThat(moves).containsExactlyInAnyOrderEntriesOf(Map.of("New lead → Negotiation", 2L,
                "New lead → Won", 1L, "New lead → Not a lead", 1L, "Negotiation → Won", 1L, "Negotiation → Lost", 1L));
        // a period before all of it is empty
        assertThat(api.get("/api/v1/analytics/funnel?from=2026-01-01T00:00:00Z&to=2026-02-01T00:00:00Z").json()
                .at("/moves").isEmpty()).isTrue();
    }

    @Test
    void newChatsAreCountedPerDayOfTheWorkspacesTimeZone() {
        ChatBook book = book();
        book.channel("Shop bot", ChannelType.telegram);
        book.channel("Mailbox", ChannelType.email);
        // Moscow is UTC+3: 20:59:59Z is still the 2nd there, 21:00Z is the 3rd
        made(book.inbound("Shop bot", "c1", "Anna", null, null, "1"), "2026-11-02T20:59:59Z");
        made(book.inbound("Shop bot", "c2", "Boris", null, null, "2"), "2026-11-02T21:00:00Z");
        made(book.inbound("Mailbox", "c3", "Clara", null, null, "3"), "2026-11-03T20:59:59Z");
        made(book.inbound("Shop bot", "c4", "Dmitry", null, null, "4"), "2026-11-03T21:00:00Z");
        made(book.inbound("Shop bot", "c5", "Eva", null, null, "5"), "2026-11-01T20:59:59Z");

        JsonNode report = book.api().get("/api/v1/analytics/new-chats?from=2026-11-01T21:00:00Z&to=2026-11-03T21:00:00Z")
                .json();
        assertThat(report.at("/timezone").asString()).isEqualTo("Europe/Moscow");
        java.util.List<String> rows = new java.util.ArrayList<>();
        report.at("/items").forEach(i -> rows.add(i.at("/day").asString() + " " + i.at("/channel").asString() + " "
                + i.at("/chats").asLong()));
        assertThat(rows).containsExactlyInAnyOrder("2026-11-02 Shop bot 1", "2026-11-03 Shop bot 1",
                "2026-11-03 Mailbox 1");
        // a period that does not begin or end on a quarter hour: its edges are counted chat by chat
        JsonNode odd = book.api().get("/api/v1/analytics/new-chats?from=2026-11-02T20:59:59Z&to=2026-11-03T20:59:59.500Z")
                .json();
        java.util.List<String> oddRows = new java.util.ArrayList<>();
        odd.at("/items").forEach(i -> oddRows.add(i.at("/day").asString() + " " + i.at("/channel").asString() + " "
                + i.at("/chats").asLong()));
        assertThat(oddRows).containsExactlyInAnyOrder("2026-11-02 Shop bot 1", "2026-11-03 Shop bot 1",
                "2026-11-03 Mailbox 1");
        // a period inside one quarter hour
        assertThat(book.api().get("/api/v1/analytics/new-chats?from=2026-11-02T20:59:00Z&to=2026-11-02T21:00:01Z")
                .json().at("/items").size()).isEqualTo(2);
    }

    private void made(String chatId, String at) {
        db.sql("update chats set created_at = :at where id = :id").param("id", UUID.fromString(chatId))
                .param("at", Timestamp.from(Instant.parse(at))).update();
    }

    private static String figures(JsonNode stage) {
        return stage.at("/entered").asLong() + " " + stage.at("/wentOn").asLong() + " "
                + stage.at("/conversion").asDouble() + " " + stage.at("/current").asLong();
    }

    private static String name(Map<String, String> stages, String id) {
        return stages.entrySet().stream().filter(e -> e.getValue().equals(id)).map(Map.Entry::getKey).findFirst()
                .orElse(id);
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
