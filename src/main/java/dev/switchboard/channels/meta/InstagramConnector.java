package dev.switchboard.channels.meta;

import dev.switchboard.channels.ChannelType;
import java.time.Instant;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** An Instagram professional account: direct messages, and comments on its media ({@code field: comments}). */
@Component
class InstagramConnector extends MetaPageConnector {

    InstagramConnector(GraphApi api, dev.switchboard.files.FileStore files, JsonMapper json,
            @Value("${switchboard.meta.api-base-url:https://graph.facebook.com}") String baseUrl,
            @Value("${switchboard.meta.api-version:v21.0}") String version) {
        super(api, files, json, baseUrl, version);
    }

    @Override
    public ChannelType type() {
        return ChannelType.instagram;
    }

    @Override
    String object() {
        return "instagram";
    }

    @Override
    String accountFields() {
        return "username,name";
    }

    @Override
    Optional<Comment> comment(JsonNode change, String pageId) {
        JsonNode v = change.path("value");
        if (!"comments".equals(change.path("field").asString()) || v.path("from").path("id").asString().equals(pageId)) {
            return Optional.empty();
        }
        return Optional.of(new Comment(v.path("id").asString(), v.path("media").path("id").asString(),
                v.path("from").path("id").asString(), v.path("from").path("username").asString(""),
                v.path("text").asString(""), Instant.now()));
    }

    @Override
    String subscribedFields() {
        return "messages,comments";
    }

    @Override
    String replyEdge(String commentId) {
        return commentId + "/replies";
    }

    @Override
    String postFields() {
        return "caption,permalink";
    }
}
