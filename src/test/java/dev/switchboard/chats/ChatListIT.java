package dev.switchboard.chats;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.support.Api;
import dev.switchboard.support.TelegramInboxTest;
import dev.switchboard.support.Payloads;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ChatListIT extends TelegramInboxTest {

    @Test
    void theListPagesNewestFirstWithoutGapsOrRepeats() {
        for (int client = 1; client <= 5; client++) {
            telegram.post(Payloads.telegram("text", client, 1, client));
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = ws.api().get("/api/v1/chats?category=new&limit=2" + (cursor == null ? "" : "&cursor=" + cursor))
                    .json();
            page.at("/items").forEach(c -> seen.add(c.at("/client/id").asString()));
            cursor = page.at("/nextCursor").isNull() ? null : page.at("/nextCursor").asString();
        } while (cursor != null);
        assertThat(seen).hasSize(5).doesNotHaveDuplicates();

        JsonNode all = ws.api().get("/api/v1/chats?category=new").json().at("/items");
        List<java.time.Instant> activity = new ArrayList<>();
        all.forEach(c -> activity.add(java.time.Instant.parse(c.at("/lastActivityAt").asString())));
        assertThat(activity).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void historyPagesBackwardsFromTheNewestMessage() {
        for (int i = 1; i <= 5; i++) {
            telegram.post(Payloads.telegram("text", 100 + i, i, 42).replace("Весенний", "Весенний " + i));
        }
        String chatId = ws.api().get("/api/v1/chats?category=new").text("/items/0/id");
        JsonNode newest = ws.api().get("/api/v1/chats/" + chatId + "/messages?limit=2").json();
        assertThat(texts(newest)).containsExactly("Весенний 4", "Весенний 5");
        JsonNode older = ws.api().get("/api/v1/chats/" + chatId + "/messages?limit=2&before="
                + newest.at("/prevCursor").asString()).json();
        assertThat(texts(older)).containsExactly("Весенний 2", "Весенний 3");
        JsonNode oldest = ws.api().get("/api/v1/chats/" + chatId + "/messages?limit=2&before="
                + older.at("/prevCursor").asString()).json();
        assertThat(texts(oldest)).containsExactly("Весенний 1");
        assertThat(oldest.at("/prevCursor").isNull()).isTrue();
    }

    @Test
    void badListParametersAreRefusedWithTheParameterNamed() {
        assertThat(problemField(ws.api().get("/api/v1/chats"))).isEqualTo("category");
        assertThat(problemField(ws.api().get("/api/v1/chats?category=spam"))).isEqualTo("category");
        assertThat(problemField(ws.api().get("/api/v1/chats?category=new&limit=0"))).isEqualTo("limit");
        assertThat(problemField(ws.api().get("/api/v1/chats?category=new&limit=201"))).isEqualTo("limit");
        assertThat(problemField(ws.api().get("/api/v1/chats?category=new&limit=ten"))).isEqualTo("limit");
        assertThat(problemField(ws.api().get("/api/v1/chats?category=new&cursor=not-a-cursor"))).isEqualTo("cursor");
        assertThat(ws.api().get("/api/v1/chats/not-an-id").status()).isEqualTo(404);
        assertThat(ws.api().get("/api/v1/chats/01900000-0000-7000-8000-000000000000").status()).isEqualTo(404);
    }

    private static String problemField(Api.Response r) {
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        return r.json().at("/errors/0/field").asString();
    }

    private static List<String> texts(JsonNode page) {
        List<String> texts = new ArrayList<>();
        page.at("/items").forEach(m -> texts.add(m.at("/text").asString().replaceAll(".*(Весенний \\d).*", "$1")));
        return texts;
    }
}
