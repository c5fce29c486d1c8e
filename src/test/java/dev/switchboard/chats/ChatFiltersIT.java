package dev.switchboard.chats;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.channels.ChannelType;
import dev.switchboard.channels.Channels;
import dev.switchboard.support.Api;
import dev.switchboard.support.ChatBook;
import dev.switchboard.support.IntegrationTest;
import dev.switchboard.support.TestWorkspace;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
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
 * Every filter of the list, alone and combined, on a workspace built for the purpose: each
 * answer is exactly the chats that should match, on the list (every page) and the counts.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChatFiltersIT {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    @LocalServerPort
    int port;
    @Autowired
    Channels channels;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;

    ChatBook book;
    String shopBot, supportBot, whatsapp, vk;
    String anna, boris;
    String vip, wholesale, spam;
    String petrova, smith, olga, peter, maria, commenter;

    @BeforeAll
    void buildTheWorkspace() {
        book = new ChatBook(TestWorkspace.signUp(port), channels, events, new TransactionTemplate(transactions));
        shopBot = book.channel("Shop bot", ChannelType.telegram);
        supportBot = book.channel("Support bot", ChannelType.telegram);
        whatsapp = book.channel("WhatsApp", ChannelType.whatsapp);
        vk = book.channel("VK", ChannelType.vk);
        anna = book.user("Anna");
        boris = book.user("Boris");
        vip = book.tag("vip");
        wholesale = book.tag("wholesale");
        spam = book.tag("spam");

        petrova = book.inbound("Shop bot", "101", "Анна Петрова", "anna_p", "+79123456789", "Есть в наличии?");
        smith = book.inbound("Shop bot", "102", "John Smith", "jsmith", null, "Hello");
        olga = book.inbound("Support bot", "103", "Ольга", null, "+79990001122", "Здравствуйте");
        peter = book.inbound("WhatsApp", "104", "Peter Pan", null, "+441234567890", "Hi");
        maria = book.inbound("WhatsApp", "105", "Мария", null, null, "Добрый день");
        commenter = book.comment("VK", "106", "Commenter", "77", "Сколько стоит?");

        Api api = book.api();
        book.ok(api.patch("/api/v1/chats/" + petrova, Map.of("responsibleId", anna, "stageId", book.stage("Negotiation"),
                "price", Map.of("amount", "1500.00", "currency", "RUB"))));
        book.ok(api.post("/api/v1/chats/" + petrova + "/accept", Map.of()));
        book.ok(api.post("/api/v1/chats/" + petrova + "/tags", Map.of("tagIds", List.of(vip, wholesale))));
        book.ok(api.patch("/api/v1/chats/" + smith, Map.of("responsibleId", boris,
                "price", Map.of("amount", "500", "currency", "RUB"))));
        book.ok(api.post("/api/v1/chats/" + smith + "/tags", Map.of("tagIds", List.of(vip))));
        book.ok(api.post("/api/v1/chats/" + smith + "/messages", Map.of("text", "Hello John, how can we help?")));
        book.ok(api.post("/api/v1/chats/" + peter + "/accept", Map.of()));
        book.ok(api.patch("/api/v1/chats/" + peter, java.util.Collections.singletonMap("responsibleId", null)));
        book.ok(api.post("/api/v1/chats/" + peter + "/tags", Map.of("tagIds", List.of(spam))));
        book.ok(api.post("/api/v1/chats/" + maria + "/archive", Map.of()));

        Instant todayMidnight = LocalDate.now(MOSCOW).atStartOfDay(MOSCOW).toInstant();
        task(petrova, "Call back", todayMidnight.minus(3, ChronoUnit.DAYS));
        task(smith, "Send the invoice", todayMidnight);
        task(olga, "Ask about delivery", todayMidnight.plus(1, ChronoUnit.DAYS));
        String done = task(peter, "Closed already", todayMidnight.plus(2, ChronoUnit.HOURS));
        book.ok(api.patch("/api/v1/tasks/" + done, Map.of("done", true)));
    }

    private String task(String chat, String text, Instant due) {
        Api.Response r = book.api().post("/api/v1/chats/" + chat + "/tasks", Map.of("text", text, "dueAt", due.toString()));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.text("/id");
    }

    @Test
    void categoriesHoldTheirChats() {
        assertThat(book.ids("category=new")).containsExactlyInAnyOrder(olga, commenter);
        assertThat(book.ids("category=accepted")).containsExactlyInAnyOrder(petrova, smith, peter);
        assertThat(book.ids("category=archive")).containsExactly(maria);
    }

    @Test
    void channelTypeAndChannelFilters() {
        assertThat(book.ids("category=accepted&channelType=whatsapp")).containsExactly(peter);
        assertThat(book.ids("category=new&channelType=telegram&channelType=vk")).containsExactlyInAnyOrder(olga, commenter);
        assertThat(book.ids("category=accepted&channel=" + shopBot)).containsExactlyInAnyOrder(petrova, smith);
        assertThat(book.ids("category=new&channel=" + shopBot)).isEmpty();
        assertThat(book.ids("category=new&channel=" + shopBot + "&channel=" + supportBot)).containsExactly(olga);
    }

    @Test
    void responsibleFilterIncludingNobody() {
        assertThat(book.ids("category=accepted&responsible=" + anna)).containsExactly(petrova);
        assertThat(book.ids("category=accepted&responsible=none")).containsExactly(peter);
        assertThat(book.ids("category=accepted&responsible=none&responsible=" + anna))
                .containsExactlyInAnyOrder(peter, petrova);
        assertThat(book.ids("category=accepted&responsible=" + boris)).containsExactly(smith);
        assertThat(book.ids("category=new&responsible=none")).containsExactlyInAnyOrder(olga, commenter);
    }

    @Test
    void tagsMatchAnyOfTheGivenOnes() {
        assertThat(book.ids("category=accepted&tag=" + vip)).containsExactlyInAnyOrder(petrova, smith);
        assertThat(book.ids("category=new&tag=" + vip)).isEmpty();
        assertThat(book.ids("category=accepted&tag=" + wholesale + "&tag=" + spam))
                .containsExactlyInAnyOrder(petrova, peter);
        JsonNode row = book.api().get("/api/v1/chats/" + petrova).json();
        assertThat(row.at("/tags").size()).isEqualTo(2);
    }

    @Test
    void sourceTypeStageAndState() {
        assertThat(book.ids("category=new&sourceType=comment")).containsExactly(commenter);
        assertThat(book.ids("category=new&sourceType=message")).containsExactly(olga);
        assertThat(book.ids("category=accepted&stage=" + book.stage("Negotiation"))).containsExactly(petrova);
        assertThat(book.ids("category=accepted&state=answered")).containsExactly(smith);
        assertThat(book.ids("category=accepted&state=unanswered")).containsExactlyInAnyOrder(petrova, peter);
        assertThat(book.ids("category=accepted&state=read")).containsExactly(smith);
        assertThat(book.ids("category=accepted&state=unread")).containsExactlyInAnyOrder(petrova, peter);
    }

    @Test
    void periodIncludesItsStartAndExcludesItsEnd() {
        Instant smithActivity = Instant.parse(book.api().get("/api/v1/chats/" + smith).text("/lastActivityAt"));
        String at = URLEncoder.encode(smithActivity.toString(), StandardCharsets.UTF_8);
        assertThat(book.ids("category=accepted&from=" + at)).contains(smith);
        assertThat(book.ids("category=accepted&to=" + at)).doesNotContain(smith);
        String after = URLEncoder.encode(smithActivity.plusNanos(1000).toString(), StandardCharsets.UTF_8);
        assertThat(book.ids("category=accepted&from=" + at + "&to=" + after)).containsExactly(smith);
    }

    @Test
    void tasksAreDueTodayFromTheWorkspacesMidnightToTheNext() {
        assertThat(book.ids("category=accepted&tasks=today")).containsExactly(smith);
        assertThat(book.ids("category=accepted&tasks=any")).containsExactlyInAnyOrder(petrova, smith);
        assertThat(book.ids("category=accepted&tasks=overdue")).containsExactlyInAnyOrder(petrova, smith);
        assertThat(book.ids("category=accepted&tasks=none")).containsExactly(peter);
        assertThat(book.ids("category=new&tasks=any")).containsExactly(olga);
        assertThat(book.ids("category=new&tasks=today")).isEmpty();
        assertThat(book.ids("category=new&tasks=overdue")).isEmpty();
        assertThat(book.ids("category=new&tasks=none")).containsExactly(commenter);
        JsonNode row = book.api().get("/api/v1/chats/" + petrova).json();
        assertThat(row.at("/tasks/open").asInt()).isEqualTo(1);
        assertThat(row.at("/tasks/overdue").asInt()).isEqualTo(1);
        assertThat(row.at("/tasks/next/text").asString()).isEqualTo("Call back");
    }

    @Test
    void clientSearchByNamePartUsernameAndPhoneInAnyHumanFormat() {
        for (String q : List.of("петров", "ПЕТРОВА", "Anna_P", "+7 (912) 345-67-89", "8 912 345 67 89", "912345",
                "89123", "79123456789")) {
            assertThat(book.ids("category=accepted&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                    .as(q).containsExactly(petrova);
        }
        assertThat(book.ids("category=accepted&q=SMITH")).containsExactly(smith);
        assertThat(book.ids("category=new&q=" + URLEncoder.encode("ольг", StandardCharsets.UTF_8))).containsExactly(olga);
        assertThat(book.ids("category=new&q=nobody-like-this")).isEmpty();
        assertThat(book.ids("category=new&q=a")).hasSize(2); // one letter does not search yet
    }

    @Test
    void combinationsNarrowDownAndEmptyOnesAnswerNothing() {
        assertThat(book.ids("category=accepted&channel=" + shopBot + "&tag=" + vip + "&state=unanswered"))
                .containsExactly(petrova);
        assertThat(book.ids("category=accepted&channel=" + shopBot + "&state=unread&tag=" + spam)).isEmpty();
        JsonNode counts = book.api().get("/api/v1/chats/counts?channel=" + shopBot + "&state=unread&tag=" + spam).json();
        assertThat(counts.at("/new").asLong() + counts.at("/accepted").asLong() + counts.at("/archive").asLong())
                .isZero();
    }

    @Test
    void countsFollowTheSameFilters() {
        assertCounts("", 2, 3, 1, 4);
        assertCounts("channelType=whatsapp", 0, 1, 1, 1);
        assertCounts("responsible=none", 2, 1, 1, 3);
        assertCounts("tag=" + vip, 0, 2, 0, 1);
        assertCounts("tag=" + vip + "&responsible=" + anna, 0, 1, 0, 1);
        assertCounts("tag=" + vip + "&channelType=telegram&state=unanswered", 0, 1, 0, 1);
        assertCounts("tag=" + spam + "&responsible=none", 0, 1, 0, 1);
        assertCounts("tag=" + wholesale + "&stage=" + book.stage("Negotiation"), 0, 1, 0, 1);
        assertCounts("state=unread", 2, 2, 1, 4);
        assertCounts("tasks=any", 1, 2, 0, 2);
        assertCounts("state=unanswered", 2, 2, 1, 4);
        assertCounts("state=answered", 0, 1, 0, 0);
        assertCounts("state=read", 0, 1, 0, 0);
        assertCounts("sourceType=comment", 1, 0, 0, 1);
        assertCounts("stage=" + book.stage("Negotiation"), 0, 1, 0, 1);
        assertCounts("stage=" + book.stage("Negotiation") + "&state=answered", 0, 0, 0, 0);
        assertCounts("q=" + URLEncoder.encode("8 912 345 67 89", StandardCharsets.UTF_8), 0, 1, 0, 1);
        assertCounts("q=pan", 0, 1, 0, 1);
        assertCounts("q=pan&state=read", 0, 0, 0, 0);
        assertCounts("q=PAN&tag=" + spam, 0, 1, 0, 1);
    }

    private void assertCounts(String query, long fresh, long accepted, long archive, long unread) {
        JsonNode c = book.api().get("/api/v1/chats/counts?" + query).json();
        assertThat(List.of(c.at("/new").asLong(), c.at("/accepted").asLong(), c.at("/archive").asLong(),
                c.at("/unread").asLong())).as(query).containsExactly(fresh, accepted, archive, unread);
        assertThat(c.at("/capped").size()).isZero();
    }

    @Test
    void everySortOrdersAndPages() {
        assertThat(book.ids("category=accepted&sort=-price")).containsExactly(petrova, smith, peter);
        List<String> newest = book.ids("category=accepted");
        assertThat(book.ids("category=accepted&sort=lastActivity")).containsExactlyElementsOf(newest.reversed());
        assertThat(book.ids("category=accepted&sort=-waiting")).containsExactly(petrova, peter, smith);
        assertThat(book.ids("category=new&sort=-waiting")).containsExactly(olga, commenter);
        assertThat(book.api().get("/api/v1/chats?category=new&sort=name").status()).isEqualTo(400);
    }

    @Test
    void badFilterValuesAreRefusedWithTheParameterNamed() {
        for (String bad : List.of("channelType=fax", "channel=x", "responsible=someone", "tag=1", "sourceType=post",
                "state=happy", "stage=s", "from=yesterday", "tasks=some", "sort=random")) {
            Api.Response r = book.api().get("/api/v1/chats?category=new&" + bad);
            assertThat(r.status()).as(bad).isEqualTo(400);
            assertThat(r.json().at("/errors/0/field").asString()).isEqualTo(bad.substring(0, bad.indexOf('=')));
        }
        assertThat(book.api().get("/api/v1/chats?category=new&from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z")
                .status()).isEqualTo(400);
    }
}
