package dev.switchboard.support;

import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** A fresh workspace for one test, with its owner's API client: tests never see each other's data. */
public record TestWorkspace(String id, String ownerId, String ownerEmail, String password, String token, Api api) {

    public static TestWorkspace signUp(int port) {
        return signUp(port, "en");
    }

    public static TestWorkspace signUp(int port, String locale) {
        String email = "owner-" + UUID.randomUUID() + "@example.test";
        Api.Response r = new Api(port).post("/api/v1/signup", Map.of("workspace", "Test shop", "name", "Olga Owner",
                "email", email, "password", "correct horse", "locale", locale));
        if (r.status() != 201) {
            throw new IllegalStateException("Sign-up failed: " + r);
        }
        JsonNode body = r.json();
        String token = body.at("/token").asString();
        return new TestWorkspace(body.at("/workspace/id").asString(), body.at("/user/id").asString(), email,
                "correct horse", token, new Api(port).withToken(token));
    }

    /** The chat's messages of one direction ({@code in}, {@code out}, {@code note}, {@code event}), oldest first. */
    public java.util.List<JsonNode> messages(String chatId, String direction) {
        java.util.List<JsonNode> found = new java.util.ArrayList<>();
        api.get("/api/v1/chats/" + chatId + "/messages").json().at("/items").forEach(m -> {
            if (direction.equals(m.at("/direction").asString())) {
                found.add(m);
            }
        });
        return found;
    }

    /** The chat's latest outbound message, or null. */
    public JsonNode lastOut(String chatId) {
        java.util.List<JsonNode> out = messages(chatId, "out");
        return out.isEmpty() ? null : out.getLast();
    }
}
