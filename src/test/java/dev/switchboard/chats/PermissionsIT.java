package dev.switchboard.chats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.switchboard.channels.ChannelType;
import dev.switchboard.channels.Channels;
import dev.switchboard.support.Api;
import dev.switchboard.support.ChatBook;
import dev.switchboard.support.IntegrationTest;
import dev.switchboard.support.LiveClient;
import dev.switchboard.support.TestWorkspace;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Who may see and do what, endpoint by endpoint, for each role: an operator works only in
 * their channels and sees New chats and their own; a supervisor sees every chat of their
 * channels; admins see everything; nobody reaches another workspace; operators change no
 * settings. A chat one may not see answers 404, exactly as one that does not exist.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PermissionsIT {

    @LocalServerPort
    int port;
    @Autowired
    Channels channels;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;

    ChatBook shop;
    String shopBot, jobsBot;
    ChatBook.Member oleg, vera, sam, admin;
    Api stranger;
    /** New in the shop bot; Vera's and Oleg's own in the shop bot; New in the jobs bot. */
    String fresh, verasChat, olegsChat, jobsChat;
    String verasTask, verasNote, verasFile;
    String greeting, stopWord;

    @BeforeAll
    void buildTheTeam() {
        shop = new ChatBook(TestWorkspace.signUp(port), channels, events, new TransactionTemplate(transactions));
        shopBot = shop.channel("Shop bot", ChannelType.telegram);
        jobsBot = shop.channel("Jobs bot", ChannelType.telegram);
        oleg = shop.member("Oleg", "operator", false, shopBot);
        vera = shop.member("Vera", "operator", false, shopBot);
        sam = shop.member("Sam", "operator", true, shopBot);
        admin = shop.member("Ada", "admin", false);
        stranger = TestWorkspace.signUp(port).api();

        fresh = shop.inbound("Shop bot", "1", "Fresh Client", null, null, "Hello?");
        verasChat = shop.inbound("Shop bot", "2", "Vera's Client", null, null, "Hi Vera");
        olegsChat = shop.inbound("Shop bot", "3", "Oleg's Client", null, null, "Hi Oleg");
        jobsChat = shop.inbound("Jobs bot", "4", "Job Seeker", null, null, "Any vacancies?");
        shop.ok(vera.api().post("/api/v1/chats/" + verasChat + "/accept", Map.of()));
        shop.ok(oleg.api().post("/api/v1/chats/" + olegsChat + "/accept", Map.of()));

        Api.Response task = vera.api().post("/api/v1/chats/" + verasChat + "/tasks",
                Map.of("text", "Call back", "dueAt", Instant.now().plusSeconds(3600).toString()));
        assertThat(task.status()).as(task.body()).isEqualTo(201);
        verasTask = task.text("/id");
        verasNote = vera.api().post("/api/v1/chats/" + verasChat + "/notes", Map.of("text", "Wants a discount"))
                .text("/id");
        Api.Response upload = vera.api().send("POST", "/api/v1/attachments", multipart("price.txt", "Prices"),
                "multipart/form-data; boundary=" + BOUNDARY);
        assertThat(upload.status()).as(upload.body()).isEqualTo(201);
        verasFile = upload.text("/id");
        shop.ok(vera.api().post("/api/v1/chats/" + verasChat + "/messages",
                Map.of("text", "Our prices", "attachmentIds", List.of(verasFile))));
        greeting = shop.api().post("/api/v1/templates", Map.of("title", "Hello", "text", "Hello, {client.name}!"))
                .text("/id");
        stopWord = shop.api().post("/api/v1/stoplist", Map.of("kind", "word", "value", "casino")).text("/id");
    }

    @Test
    void anOperatorSeesNewChatsOfTheirChannelsAndTheirOwn() {
        assertThat(ids(oleg, "category=new")).containsExactly(fresh);
        assertThat(ids(oleg, "category=accepted")).containsExactly(olegsChat);
        assertThat(ids(oleg, "category=accepted&responsible=" + vera.id())).isEmpty();
        JsonNode counts = oleg.api().get("/api/v1/chats/counts").json();
        assertThat(List.of(counts.at("/new").asInt(), counts.at("/accepted").asInt())).containsExactly(1, 1);
        JsonNode period = oleg.api().get("/api/v1/chats/counts?from=2000-01-01T00:00:00Z").json();
        assertThat(List.of(period.at("/new").asInt(), period.at("/accepted").asInt())).containsExactly(1, 1);
        String hot = shop.tag("hot-" + System.nanoTime());
        shop.ok(shop.api().post("/api/v1/chats/bulk", Map.of("ids", List.of(fresh, verasChat, olegsChat, jobsChat),
                "action", "addTags", "tagIds", List.of(hot))));
        JsonNode tagged = oleg.api().get("/api/v1/chats/counts?tag=" + hot).json();
        assertThat(List.of(tagged.at("/new").asInt(), tagged.at("/accepted").asInt())).containsExactly(1, 1);
        assertThat(ids(oleg, "category=accepted&tag=" + hot)).containsExactly(olegsChat);
        JsonNode all = shop.api().get("/api/v1/chats/counts?tag=" + hot).json();
        assertThat(List.of(all.at("/new").asInt(), all.at("/accepted").asInt())).containsExactly(2, 2);

        assertThat(ids(sam, "category=new")).containsExactly(fresh);
        assertThat(ids(sam, "category=accepted")).containsExactlyInAnyOrder(verasChat, olegsChat);
        assertThat(ids(admin, "category=new")).containsExactlyInAnyOrder(fresh, jobsChat);
        assertThat(ids(admin, "category=accepted")).containsExactlyInAnyOrder(verasChat, olegsChat);

        List<String> channelsOleg = new ArrayList<>();
        oleg.api().get("/api/v1/channels").json().at("/items").forEach(c -> channelsOleg.add(c.at("/name").asString()));
        assertThat(channelsOleg).containsExactly("Shop bot");
        assertThat(oleg.api().get("/api/v1/channels/" + jobsBot).status()).isEqualTo(404);
        assertThat(oleg.api().get("/api/v1/channels/" + shopBot).json().at("/settings").size()).isZero();
    }

    @Test
    void everyEndpointOfAChatAnswers404ToWhoMayNotSeeIt() {
        for (Api caller : List.of(oleg.api(), stranger)) {
            for (String chat : List.of(verasChat, jobsChat)) {
                for (Call call : chatCalls(chat)) {
                    assertThat(call.on(caller).status()).as(call + " on " + chat).isEqualTo(404);
                }
            }
            assertThat(caller.patch("/api/v1/tasks/" + verasTask, Map.of("done", true)).status()).isEqualTo(404);
            assertThat(caller.delete("/api/v1/tasks/" + verasTask).status()).isEqualTo(404);
            assertThat(caller.post("/api/v1/messages/" + verasNote + "/retry", Map.of()).status()).isEqualTo(404);
            assertThat(caller.get("/api/v1/attachments/" + verasFile).status()).isEqualTo(404);
            String verasClient = shop.api().get("/api/v1/chats/" + verasChat).text("/client/id");
            assertThat(caller.get("/api/v1/clients/" + verasClient).status()).isEqualTo(404);
            assertThat(caller.patch("/api/v1/clients/" + verasClient, Map.of("name", "Renamed")).status())
                    .isEqualTo(404);
            assertThat(caller.get("/api/v1/clients?q=Vera").json().at("/items").size()).isZero();
            Api.Response bulk = caller.post("/api/v1/chats/bulk",
                    Map.of("ids", List.of(verasChat, jobsChat), "action", "archive"));
            assertThat(bulk.json().at("/updated").asInt()).isZero();
        }
        // nothing of it happened
        JsonNode chat = vera.api().get("/api/v1/chats/" + verasChat).json();
        assertThat(chat.at("/category").asString()).isEqualTo("accepted");
        assertThat(chat.at("/responsible/id").asString()).isEqualTo(vera.id());
        assertThat(chat.at("/tasks/open").asInt()).isEqualTo(1);
        assertThat(vera.api().get("/api/v1/attachments/" + verasFile).status()).isEqualTo(200);
        assertThat(shop.api().get("/api/v1/chats/" + jobsChat).json().at("/category").asString()).isEqualTo("new");
        assertThat(chat.at("/client/name").asString()).isEqualTo("Vera's Client");
    }

    @Test
    void whoMaySeeAChatReachesEveryEndpointOfIt() {
        for (ChatBook.Member member : List.of(sam, admin)) {
            for (Call call : chatCalls(verasChat)) {
                if (!call.changes()) {
                    assertThat(call.on(member.api()).status()).as(member.email() + " " + call).isEqualTo(200);
                }
            }
            assertThat(member.api().get("/api/v1/attachments/" + verasFile).status()).isEqualTo(200);
        }
        assertThat(oleg.api().get("/api/v1/chats/" + fresh).status()).isEqualTo(200);
        assertThat(oleg.api().get("/api/v1/chats/" + olegsChat + "/messages").status()).isEqualTo(200);
    }

    @Test
    void aMassActionByFilterTouchesOnlyWhatTheOperatorSees() {
        shop.ok(shop.api().post("/api/v1/chats/" + verasChat + "/unread", Map.of()));
        Api.Response read = oleg.api().post("/api/v1/chats/bulk", Map.of("filter", Map.of(), "action", "markRead"));
        assertThat(read.json().at("/updated").asInt()).isEqualTo(2);
        assertThat(shop.api().get("/api/v1/chats/" + jobsChat).json().at("/unreadCount").asInt()).isEqualTo(1);
        assertThat(shop.api().get("/api/v1/chats/" + verasChat).json().at("/unreadCount").asInt()).isEqualTo(1);
        shop.ok(shop.api().post("/api/v1/chats/bulk", Map.of("ids", List.of(fresh, olegsChat), "action", "markUnread")));
    }

    @Test
    void operatorsAndSupervisorsChangeNoSettings() {
        String stage = shop.stage("Negotiation");
        String tag = shop.tag("vip-" + System.nanoTime());
        List<Call> settings = List.of(
                new Call("POST", "/api/v1/stages", Map.of("name", "Mine", "group", "active")),
                new Call("PATCH", "/api/v1/stages/" + stage, Map.of("name", "Mine")),
                new Call("DELETE", "/api/v1/stages/" + stage, null),
                new Call("POST", "/api/v1/tags", Map.of("name", "mine")),
                new Call("PATCH", "/api/v1/tags/" + tag, Map.of("name", "mine")),
                new Call("DELETE", "/api/v1/tags/" + tag, null),
                new Call("POST", "/api/v1/users", Map.of("name", "Eve", "email", "eve@example.test",
                        "password", "long enough", "role", "admin")),
                new Call("PATCH", "/api/v1/users/" + oleg.id(), Map.of("supervisor", true)),
                new Call("DELETE", "/api/v1/users/" + vera.id(), null),
                new Call("GET", "/api/v1/tokens", null),
                new Call("POST", "/api/v1/tokens", Map.of("name", "mine")),
                new Call("PATCH", "/api/v1/workspace", Map.of("operatorsSeeAllChats", true)),
                new Call("POST", "/api/v1/channels", Map.of("type", "telegram", "name", "Mine",
                        "settings", Map.of("botToken", "1:x"))),
                new Call("DELETE", "/api/v1/channels/" + shopBot, null),
                new Call("POST", "/api/v1/templates", Map.of("title", "For all", "text", "Hello")),
                new Call("PATCH", "/api/v1/templates/" + greeting, Map.of("title", "Mine")),
                new Call("DELETE", "/api/v1/templates/" + greeting, null),
                new Call("GET", "/api/v1/stoplist", null),
                new Call("POST", "/api/v1/stoplist", Map.of("kind", "word", "value", "spam")),
                new Call("DELETE", "/api/v1/stoplist/" + stopWord, null));
        for (Api api : List.of(oleg.api(), sam.api())) {
            for (Call call : settings) {
                assertThat(call.on(api).status()).as(call.toString()).isEqualTo(403);
            }
            for (String readable : List.of("/api/v1/stages", "/api/v1/tags", "/api/v1/users", "/api/v1/workspace",
                    "/api/v1/me", "/api/v1/templates", "/api/v1/templates/" + greeting)) {
                assertThat(api.get(readable).status()).as(readable).isEqualTo(200);
            }
        }
        // an admin may: the same calls that change nothing for good
        assertThat(admin.api().get("/api/v1/tokens").status()).isEqualTo(200);
        assertThat(admin.api().get("/api/v1/stoplist").status()).isEqualTo(200);
        assertThat(admin.api().patch("/api/v1/templates/" + greeting, Map.of("title", "Hello")).status()).isEqualTo(200);
        assertThat(shop.api().get("/api/v1/chats/" + verasChat).status()).isEqualTo(200);
        assertThat(shop.api().get("/api/v1/users").json().at("/items").findValuesAsString("id")).contains(vera.id());
    }

    @Test
    void accessFollowsTheAdminsChangesAtOnce() {
        ChatBook.Member nina = shop.member("Nina", "operator", false, shopBot);
        assertThat(ids(nina, "category=accepted")).isEmpty();
        shop.ok(shop.api().patch("/api/v1/workspace", Map.of("operatorsSeeAllChats", true)));
        assertThat(ids(nina, "category=accepted")).containsExactlyInAnyOrder(verasChat, olegsChat);
        shop.ok(shop.api().patch("/api/v1/workspace", Map.of("operatorsSeeAllChats", false)));
        assertThat(ids(nina, "category=accepted")).isEmpty();

        shop.ok(shop.api().patch("/api/v1/users/" + nina.id(), Map.of("channelIds", List.of(jobsBot))));
        assertThat(ids(nina, "category=new")).containsExactly(jobsChat);
        shop.ok(shop.api().patch("/api/v1/users/" + nina.id(), Map.of("supervisor", true, "channelIds",
                List.of(shopBot, jobsBot))));
        assertThat(ids(nina, "category=accepted")).containsExactlyInAnyOrder(verasChat, olegsChat);
        shop.ok(shop.api().delete("/api/v1/users/" + nina.id()));
        assertThat(nina.api().get("/api/v1/chats?category=new").status()).isEqualTo(401);
    }

    @Test
    void theLiveStreamCarriesOnlyChatsTheUserMaySee() throws Exception {
        try (LiveClient olegs = new LiveClient(port, oleg.api()); LiveClient sams = new LiveClient(port, sam.api())) {
            await().atMost(Duration.ofSeconds(10)).until(() -> !olegs.frames("hello").isEmpty()
                    && !sams.frames("hello").isEmpty());
            shop.inbound("Shop bot", "2", "Vera's Client", null, null, "Are you there, Vera?");
            shop.inbound("Shop bot", "3", "Oleg's Client", null, null, "Are you there, Oleg?");
            await().atMost(Duration.ofSeconds(10)).until(() -> chats(sams, "message.created").contains(olegsChat)
                    && chats(olegs, "message.created").contains(olegsChat));
            assertThat(chats(sams, "message.created")).contains(verasChat);
            assertThat(chats(sams, "chat.updated")).contains(verasChat, olegsChat);
            assertThat(chats(olegs, "message.created")).doesNotContain(verasChat);
            assertThat(chats(olegs, "chat.updated")).doesNotContain(verasChat).contains(olegsChat);
        }
    }

    private static List<String> chats(LiveClient client, String type) {
        List<String> ids = new ArrayList<>();
        for (JsonNode frame : client.frames(type)) {
            ids.add(frame.has("chat") ? frame.at("/chat/id").asString() : frame.at("/message/chatId").asString());
        }
        return ids;
    }

    /** Every endpoint on one chat; {@code changes} when calling it changes the chat. */
    private List<Call> chatCalls(String chat) {
        String base = "/api/v1/chats/" + chat;
        String tag = shop.tag("t-" + System.nanoTime());
        return List.of(
                new Call("GET", base, null),
                new Call("GET", base + "/messages", null),
                new Call("GET", base + "/tasks", null),
                new Call("GET", base + "/templates/" + greeting, null),
                new Call("PATCH", base, Map.of("price", Map.of("amount", "1", "currency", "RUB"))),
                new Call("POST", base + "/accept", Map.of()),
                new Call("POST", base + "/archive", Map.of()),
                new Call("POST", base + "/read", Map.of()),
                new Call("POST", base + "/unread", Map.of()),
                new Call("POST", base + "/messages", Map.of("text", "hi")),
                new Call("POST", base + "/notes", Map.of("text", "note")),
                new Call("POST", base + "/tags", Map.of("tagIds", List.of(tag))),
                new Call("DELETE", base + "/tags/" + tag, null),
                new Call("POST", base + "/tasks", Map.of("text", "x", "dueAt", Instant.now().toString())));
    }

    record Call(String method, String path, Object body) {

        boolean changes() {
            return !method.equals("GET");
        }

        Api.Response on(Api api) {
            return api.send(method, path, body == null ? null : Api.JSON.writeValueAsString(body), "application/json");
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private List<String> ids(ChatBook.Member member, String query) {
        List<String> ids = new ArrayList<>();
        member.api().get("/api/v1/chats?limit=200&" + query).json().at("/items")
                .forEach(c -> ids.add(c.at("/id").asString()));
        return ids;
    }

    private static final String BOUNDARY = "----switchboard-test";

    private static byte[] multipart(String name, String content) {
        return ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: text/plain\r\n\r\n" + content + "\r\n--" + BOUNDARY + "--\r\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
