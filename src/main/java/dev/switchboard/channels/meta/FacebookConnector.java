package dev.switchboard.channels.meta;

import dev.switchboard.channels.ChannelType;
import java.time.Instant;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A Facebook page: Messenger messages, and comments on its posts ({@code field: feed}, item {@code comment}). */
@Component
class FacebookConnector extends MetaPageConnector {

    FacebookConnector(GraphApi api, dev.switchboard.files.FileStore files, JsonMapper json,
            @Value("${switchboard.meta.api-base-url:https://graph.facebook.com}") String baseUrl,
            @Value("${switchboard.meta.api-version:v21.0}") String version) {
        super(api, files, json, baseUrl, version);
    }

    @Override
    public ChannelType type() {
        return ChannelType.facebook;
    }

    @Override
    String object() {
        return "page";
    }

    @Override
    String accountFields() {
        return "name";
    }

    @Override
    Optional<Comment> comment(JsonNode change, String pageId) {
        JsonNode v = change.path("value");
        if (!"feed".equals(change.path("field").asString()) || !"comment".equals(v.path("item").asString())
                || !"add".equals(v.path("verb").asString()) || v.path("from").path("id").asString().equals(pageId)) {
            return Optional.empty();
        }
        Instant at = v.path("created_time").isNumber() ? Instant.ofEpochSecond(v.path("created_time").asLong())
                : Instant.now();
        return Optional.of(new Comment(v.path("comment_id").asString(), v.path("post_id").asString(),
                v.path("from").path("id").asString(), v.path("from").path("name").asString(""),
                v.path("message").asString(""), at));
    }

    @Override
    String subscribedFields() {
        return "messages,messaging_postbacks,message_echoes,feed";
    }

    @Override
    String replyEdge(String commentId) {
        return commentId + "/comments";
    }

    @Override
    String postFields() {
        return "message,permalink_url";
    }
}
