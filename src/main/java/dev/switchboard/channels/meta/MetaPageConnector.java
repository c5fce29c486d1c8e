package dev.switchboard.channels.meta;

import dev.switchboard.channels.Channel;
import dev.switchboard.channels.Connector;
import dev.switchboard.channels.Delivery;
import dev.switchboard.channels.HookAnswer;
import dev.switchboard.channels.HookCall;
import dev.switchboard.channels.HookRejected;
import dev.switchboard.channels.InboundMessage;
import dev.switchboard.channels.OutboundMessage;
import dev.switchboard.channels.PlatformHttp;
import dev.switchboard.common.RuleViolation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An Instagram professional account or a Facebook page through Meta's Graph API: direct
 * messages ({@code entry.messaging}) become chats by sender; a comment on a post
 * ({@code entry.changes}) becomes a comment chat per client and post, with the post's text
 * and link. Answers go as direct messages ({@code /{page}/messages}) or as a public reply
 * to the client's comment. Verification and signatures as every Meta webhook.
 */
abstract class MetaPageConnector implements Connector {

    private static final List<String> REQUIRED = List.of("pageId", "accessToken", "appSecret", "verifyToken");
    /** Rate limits and Meta's temporary trouble: tried again. */
    private static final List<Integer> LATER = List.of(1, 2, 4, 17, 32, 613);

    private final GraphApi api;
    private final dev.switchboard.files.FileStore files;
    private final JsonMapper json;
    private final String defaultBaseUrl;
    private final String defaultVersion;

    MetaPageConnector(GraphApi api, dev.switchboard.files.FileStore files, JsonMapper json, String defaultBaseUrl,
            String defaultVersion) {
        this.api = api;
        this.files = files;
        this.json = json;
        this.defaultBaseUrl = defaultBaseUrl;
        this.defaultVersion = defaultVersion;
    }

    /** The webhook's {@code object}: {@code instagram} or {@code page}. */
    abstract String object();

    /** The account's fields to read when connecting, the first being its display name. */
    abstract String accountFields();

    /** A comment change of this platform, read as (comment id, post id, author id, author name, text), or empty. */
    abstract Optional<Comment> comment(JsonNode change, String pageId);

    /** The webhook fields the app subscribes to for this account ({@code subscribed_apps}). */
    abstract String subscribedFields();

    /** The node that takes a public reply to a comment. */
    abstract String replyEdge(String commentId);

    /** The post's fields with its text and its link. */
    abstract String postFields();

    record Comment(String id, String postId, String authorId, String authorName, String text, Instant at) {
    }

    @Override
    public Map<String, Object> connect(Channel channel) {
        channel.require(REQUIRED, "a " + type() + " channel");
        if (!channel.setting("pageId").matches("\\d{5,30}")) {
            throw new RuleViolation("settings.pageId must be the account's numeric id");
        }
        String baseUrl = baseUrl(channel);
        if (!baseUrl.matches("https?://[^\\s/?#]+(/[^\\s?#]*)?")) {
            throw new RuleViolation("settings.apiBaseUrl must be an http(s) address such as https://graph.facebook.com");
        }
        GraphApi.Answer account = api.get(account(channel), channel.setting("pageId").trim() + "?fields=" + accountFields());
        if (!account.ok() || account.body() == null) {
            throw new RuleViolation(account.status() == 0 ? "Could not check the token. " + account.error()
                    : "Meta did not accept the account and token: " + account.error());
        }
        // the account sends its events to the app; the app's callback URL is set in Meta's dashboard
        GraphApi.Answer subscribed = api.post(account(channel), channel.setting("pageId").trim() + "/subscribed_apps",
                Map.of("subscribed_fields", subscribedFields()));
        if (!subscribed.ok()) {
            throw new RuleViolation("Meta did not subscribe the app to the account's messages and comments: "
                    + subscribed.error());
        }
        Map<String, Object> settings = new LinkedHashMap<>();
        for (String name : REQUIRED) {
            settings.put(name, channel.setting(name).trim());
        }
        settings.put("apiBaseUrl", baseUrl);
        settings.put("apiVersion", version(channel));
        settings.put("accountName", account.body().path(accountFields().split(",")[0]).asString(""));
        return settings;
    }

    @Override
    public HookAnswer receive(Channel channel, HookCall call) {
        Optional<HookAnswer> verified = MetaHooks.verification(channel, call);
        if (verified.isPresent()) {
            return verified.get();
        }
        MetaHooks.checkSignature(channel, call);
        JsonNode payload = MetaHooks.read(call, json);
        if (!object().equals(payload.path("object").asString())) {
            return HookAnswer.of(List.of());
        }
        String page = channel.setting("pageId");
        List<InboundMessage> messages = new ArrayList<>();
        try {
            for (JsonNode entry : payload.path("entry")) {
                for (JsonNode event : entry.path("messaging")) {
                    direct(channel, event, page).ifPresent(messages::add);
                }
                for (JsonNode change : entry.path("changes")) {
                    comment(change, page).ifPresent(c -> messages.add(commentMessage(channel, c)));
                }
            }
        } catch (IllegalArgumentException e) {
            throw new HookRejected(400, "The webhook has fields of an unexpected shape");
        }
        return HookAnswer.of(messages);
    }

    private Optional<InboundMessage> direct(Channel channel, JsonNode event, String page) {
        JsonNode message = event.path("message");
        String from = event.path("sender").path("id").asString();
        if (message.isMissingNode() || message.path("is_echo").asBoolean(false) || from.equals(page)) {
            return Optional.empty(); // our own message, a read receipt, a reaction…
        }
        if (from.isBlank() || message.path("mid").asString().isBlank()) {
            throw new IllegalArgumentException("A message without a sender or an id");
        }
        List<InboundMessage.InboundAttachment> files = new ArrayList<>();
        for (JsonNode a : message.path("attachments")) {
            String url = a.path("payload").path("url").asString("");
            String kind = a.path("type").asString("file");
            if (!url.isBlank()) {
                files.add(new InboundMessage.InboundAttachment(kind + extension(kind), contentType(kind), null, url));
            }
        }
        Instant at = event.path("timestamp").isNumber() ? Instant.ofEpochMilli(event.path("timestamp").asLong())
                : Instant.now();
        return Optional.of(new InboundMessage(message.path("mid").asString(), from, from, sender(channel, from, null),
                message.path("text").asString(null), files, at, false, "message"));
    }

    private InboundMessage commentMessage(Channel channel, Comment c) {
        Map<String, Object> post = new LinkedHashMap<>();
        post.put("id", c.postId());
        GraphApi.Answer about = api.get(account(channel), c.postId() + "?fields=" + postFields());
        JsonNode body = about.ok() && about.body() != null ? about.body() : json.createObjectNode();
        String[] fields = postFields().split(",");
        post.put("text", body.path(fields[0]).asString(""));
        post.put("url", body.path(fields[1]).asString(""));
        return new InboundMessage("comment:" + c.id(), "post:" + c.postId() + ":" + c.authorId(), "comment:" + c.id(),
                sender(channel, c.authorId(), c.authorName()), c.text(), List.of(), c.at(), false, "comment", post);
    }

    /** The person's name: given with a comment, or asked of Meta by their page-scoped id. */
    private InboundMessage.Sender sender(Channel channel, String id, String known) {
        String name = known;
        String username = known != null && known.matches("[A-Za-z0-9._]+") ? known : null;
        if (name == null || name.isBlank()) {
            GraphApi.Answer profile = api.get(account(channel), id + "?fields=name,username");
            JsonNode p = profile.ok() && profile.body() != null ? profile.body() : json.createObjectNode();
            name = p.path("name").asString(p.path("username").asString(""));
            username = p.path("username").asString("").isBlank() ? null : p.path("username").asString();
        }
        return new InboundMessage.Sender(id, name.isBlank() ? type() + " user " + id : name, username, null, null, null);
    }

    @Override
    public Delivery deliver(Channel channel, OutboundMessage message) {
        OutboundMessage.Target target = message.target();
        String text = message.text() == null ? "" : message.text();
        boolean direct = !target.inCommentThread() && !message.recipient().startsWith("comment:");
        if (!direct && !message.attachments().isEmpty()) {
            return new Delivery.Refused(type() + " takes files in direct messages only; answer the comment with a text");
        }
        GraphApi.Answer answer = null;
        if (target.inCommentThread() && target.publicReply()) {
            answer = api.post(account(channel), replyEdge(target.commentId()), Map.of("message", text));
        } else if (target.inCommentThread()) {
            // a private reply: Meta opens the direct conversation with the comment's author
            answer = api.post(account(channel), channel.setting("pageId") + "/messages", Map.of(
                    "recipient", Map.of("comment_id", target.commentId()), "message", Map.of("text", text)));
        } else if (!direct) {
            // queued before answers had targets: under the comment the chat began with
            answer = api.post(account(channel), replyEdge(message.recipient().substring(8)), Map.of("message", text));
        } else {
            for (OutboundMessage.OutboundAttachment file : message.attachments()) {
                GraphApi.Answer uploaded = upload(channel, file);
                if (!uploaded.ok() || uploaded.body() == null) {
                    return failure(uploaded);
                }
                answer = api.post(account(channel), channel.setting("pageId") + "/messages", directBody(message,
                        Map.of("attachment", Map.of("type", kind(file.contentType()), "payload",
                                Map.of("attachment_id", uploaded.body().path("attachment_id").asString())))));
                if (!answer.ok()) {
                    return failure(answer);
                }
            }
            if (!text.isBlank()) {
                answer = api.post(account(channel), channel.setting("pageId") + "/messages",
                        directBody(message, Map.of("text", text)));
            }
        }
        if (answer == null) {
            return new Delivery.Refused("Nothing to send");
        }
        if (answer.ok() && answer.body() != null) {
            return new Delivery.Sent(answer.body().path("message_id").asString(answer.body().path("id").asString()));
        }
        return failure(answer);
    }

    /** A direct message to the client, as a free answer within a day of their message, then tagged as a person's. */
    private Map<String, Object> directBody(OutboundMessage message, Map<String, Object> content) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("recipient", Map.of("id", message.recipient()));
        if (pastFreeWindow(message.target())) {
            // within a week of the client's message a person may still answer, tagged as one
            body.put("messaging_type", "MESSAGE_TAG");
            body.put("tag", "HUMAN_AGENT");
        } else {
            body.put("messaging_type", "RESPONSE");
        }
        body.put("message", content);
        return body;
    }

    /** A file uploaded with Meta's Attachment Upload API; answers its {@code attachment_id}. */
    private GraphApi.Answer upload(Channel channel, OutboundMessage.OutboundAttachment file) {
        org.springframework.util.LinkedMultiValueMap<String, Object> parts = new org.springframework.util.LinkedMultiValueMap<>();
        if (!"page".equals(object())) {
            parts.add("platform", object());
        }
        Map<String, Object> attachment = new LinkedHashMap<>();
        attachment.put("type", kind(file.contentType()));
        attachment.put("payload", Map.of("is_reusable", true));
        parts.add("message", json.writeValueAsString(Map.of("attachment", attachment)));
        org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
        headers.setContentDisposition(org.springframework.http.ContentDisposition.formData().name("filedata")
                .filename(file.name(), java.nio.charset.StandardCharsets.UTF_8).build());
        headers.setContentType(org.springframework.http.MediaType.parseMediaType(file.contentType()));
        parts.add("filedata", new org.springframework.http.HttpEntity<>(files.read(file.storageKey()), headers));
        return api.upload(account(channel), channel.setting("pageId") + "/message_attachments", parts);
    }

    private static String kind(String contentType) {
        return contentType.startsWith("image/") ? "image" : contentType.startsWith("video/") ? "video"
                : contentType.startsWith("audio/") ? "audio" : "file";
    }

    private static Delivery failure(GraphApi.Answer answer) {
        if (answer.status() == 0 || answer.status() >= 500 || LATER.contains(answer.code())) {
            return new Delivery.TryLater(answer.error(), answer.code() == 4 || answer.code() == 17
                    ? Duration.ofMinutes(1) : null);
        }
        boolean numbered = answer.code() == 0 || answer.error().startsWith("(#");
        return new Delivery.Refused(numbered ? answer.error() : "(#" + answer.code() + ") " + answer.error());
    }

    private boolean pastFreeWindow(OutboundMessage.Target target) {
        return target.clientWroteAt() != null && type().replyWindow() != null
                && !Instant.now().isBefore(target.clientWroteAt().plus(type().replyWindow()));
    }

    @Override
    public PlatformFile fetch(Channel channel, String platformRef) {
        return api.download(platformRef);
    }

    @Override
    public Map<String, Object> visibleSettings(Map<String, Object> settings) {
        return PlatformHttp.masked(settings, List.of("accessToken", "appSecret"));
    }

    private GraphApi.Account account(Channel channel) {
        return new GraphApi.Account(baseUrl(channel), version(channel), channel.setting("accessToken"));
    }

    private String baseUrl(Channel channel) {
        return channel.setting("apiBaseUrl").isBlank() ? defaultBaseUrl : channel.setting("apiBaseUrl");
    }

    private String version(Channel channel) {
        return channel.setting("apiVersion").isBlank() ? defaultVersion : channel.setting("apiVersion");
    }

    private static String contentType(String kind) {
        return switch (kind) {
            case "image" -> "image/jpeg";
            case "video", "ig_reel", "reel" -> "video/mp4";
            case "audio" -> "audio/mpeg";
            default -> "application/octet-stream";
        };
    }

    private static String extension(String kind) {
        return switch (kind) {
            case "image" -> ".jpg";
            case "video", "ig_reel", "reel" -> ".mp4";
            case "audio" -> ".mp3";
            default -> "";
        };
    }
}
