package dev.switchboard.support;

import java.util.Map;
import tools.jackson.databind.JsonNode;

/** A Telegram channel connected in a test workspace, and a way to post updates to its hook as Telegram does. */
public record Telegram(TestWorkspace workspace, TelegramFake fake, String channelId, String secret) {

    public static Telegram connect(TestWorkspace ws, TelegramFake fake) {
        Api.Response created = ws.api().post("/api/v1/channels",
                Map.of("type", "telegram", "name", "Shop bot", "settings", fake.channelSettings()));
        if (created.status() != 201) {
            throw new IllegalStateException("Could not connect: " + created);
        }
        String id = created.text("/id");
        JsonNode webhook = fake.jsonCalls("setWebhook").stream()
                .filter(c -> c.path("url").asString().endsWith("/hooks/" + id)).findFirst().orElseThrow();
        return new Telegram(ws, fake, id, webhook.path("secret_token").asString());
    }

    public Api.Response post(String update) {
        return new Api(port()).header("X-Telegram-Bot-Api-Secret-Token", secret)
                .postRaw("/hooks/" + channelId, update, "application/json");
    }

    private int port() {
        return Integer.parseInt(workspace.api().baseUrl().substring(workspace.api().baseUrl().lastIndexOf(':') + 1));
    }
}
