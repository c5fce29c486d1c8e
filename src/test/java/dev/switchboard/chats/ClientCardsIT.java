package dev.switchboard.chats;

import dev.switchboard.support.ChatBookTest;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.channels.ChannelType;
import dev.switchboard.support.Api;
import dev.switchboard.support.ChatBook;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The client card: found, read with the client's chats, edited in place with phones read as people type them. */
class ClientCardsIT extends ChatBookTest {

    @Test
    void theCardIsEditedInPlaceAndShowsTheClientsChats() {
        ChatBook shop = book();
        shop.channel("bot", ChannelType.telegram);
        String whatsapp = shop.channel("WhatsApp", ChannelType.whatsapp);
        String telegramChat = shop.inbound("bot", "1", "Анна", "anna_k", null, "Здравствуйте");
        String client = shop.api().get("/api/v1/chats/" + telegramChat).text("/client/id");
        Api api = shop.api();

        JsonNode edited = api.patch("/api/v1/clients/" + client, Map.of("name", "Анна Петрова",
                "phone", "8 (912) 345-67-89", "email", "Anna@Example.com",
                "fields", Map.of("city", "Казань", "orders", 3))).json();
        assertThat(edited.at("/name").asString()).isEqualTo("Анна Петрова");
        assertThat(edited.at("/phone").asString()).isEqualTo("+79123456789");
        assertThat(edited.at("/email").asString()).isEqualTo("anna@example.com");
        assertThat(edited.at("/fields/city").asString()).isEqualTo("Казань");
        assertThat(edited.at("/fields/orders").asInt()).isEqualTo(3);

        Map<String, Object> removeCity = new HashMap<>();
        removeCity.put("city", null);
        JsonNode merged = api.patch("/api/v1/clients/" + client, Map.of("fields", removeCity)).json();
        assertThat(merged.at("/fields").has("city")).isFalse();
        assertThat(merged.at("/fields/orders").asInt()).isEqualTo(3);

        // the same person written to on WhatsApp by the phone now on the card: one client, two chats
        Api.Response started = api.post("/api/v1/chats", Map.of("channelId", whatsapp,
                "to", Map.of("phone", "+7 912 345 67 89"), "text", "Анна, это мы в WhatsApp"));
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        assertThat(started.text("/client/id")).isEqualTo(client);
        JsonNode card = api.get("/api/v1/clients/" + client).json();
        List<String> chats = new java.util.ArrayList<>();
        card.at("/chats").forEach(c -> chats.add(c.at("/id").asString()));
        assertThat(chats).containsExactly(started.text("/id"), telegramChat);
        assertThat(api.get("/api/v1/chats/" + telegramChat).text("/client/phone")).isEqualTo("+79123456789");

        assertThat(api.get("/api/v1/clients?q=912%20345").json().at("/items/0/id").asString()).isEqualTo(client);
        assertThat(api.get("/api/v1/clients?q=" + java.net.URLEncoder.encode("петров", java.nio.charset.StandardCharsets.UTF_8)).json().at("/items/0/id").asString()).isEqualTo(client);

        assertThat(api.patch("/api/v1/clients/" + client, Map.of("phone", "12")).status()).isEqualTo(400);
        assertThat(api.patch("/api/v1/clients/" + client, Map.of("email", "not an address")).status()).isEqualTo(400);
        assertThat(api.patch("/api/v1/clients/" + client, Map.of("name", "")).status()).isEqualTo(400);
        assertThat(api.patch("/api/v1/clients/" + client, Map.of("fields", List.of(1))).status()).isEqualTo(400);
        assertThat(api.get("/api/v1/clients/" + client).text("/name")).isEqualTo("Анна Петрова");
    }
}
