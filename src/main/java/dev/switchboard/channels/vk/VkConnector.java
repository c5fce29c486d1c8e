package dev.switchboard.channels.vk;

import dev.switchboard.channels.Channel;
import dev.switchboard.channels.ChannelType;
import dev.switchboard.channels.Connector;
import dev.switchboard.channels.Delivery;
import dev.switchboard.channels.HookAnswer;
import dev.switchboard.channels.HookCall;
import dev.switchboard.channels.HookRejected;
import dev.switchboard.channels.InboundMessage;
import dev.switchboard.channels.OutboundMessage;
import dev.switchboard.channels.PlatformHttp;
import dev.switchboard.common.RuleViolation;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A VK community through the Callback API and the VK API. VK first asks the hook to confirm
 * itself ({@code confirmation}: we answer the community's code); every later event carries
 * the community's secret and must be answered with exactly {@code ok}. Direct messages
 * ({@code message_new}, edits with {@code message_edit}) become chats by conversation;
 * a comment under a community post ({@code wall_reply_new}) becomes a comment chat, one per
 * client and post, with the post's text and link.
 */
@Component
class VkConnector implements Connector {

    private static final List<String> REQUIRED = List.of("groupId", "accessToken");
    /** The Callback API events a community sends us. */
    private static final List<String> EVENTS = List.of("message_new", "message_reply", "message_edit", "wall_reply_new");
    /** Too many requests per second, flood control, VK's own trouble: tried again. */
    private static final List<Integer> LATER = List.of(6, 9, 10, 29);

    private final VkApi api;
    private final dev.switchboard.files.FileStore files;
    private final JsonMapper json;
    private final String defaultBaseUrl;
    private final String defaultVersion;
    private final String publicUrl;

    VkConnector(VkApi api, dev.switchboard.files.FileStore files, JsonMapper json,
            @Value("${switchboard.vk.api-base-url:https://api.vk.com}") String defaultBaseUrl,
            @Value("${switchboard.vk.api-version:5.199}") String defaultVersion,
            @Value("${switchboard.public-url}") String publicUrl) {
        this.publicUrl = publicUrl.replaceAll("/+$", "");
        this.api = api;
        this.files = files;
        this.json = json;
        this.defaultBaseUrl = defaultBaseUrl;
        this.defaultVersion = defaultVersion;
    }

    @Override
    public ChannelType type() {
        return ChannelType.vk;
    }

    @Override
    public Map<String, Object> connect(Channel channel) {
        channel.require(REQUIRED, "a VK community");
        String groupId = channel.setting("groupId").trim().replaceFirst("^(club|public|-)", "");
        if (!groupId.matches("\\d{1,15}")) {
            throw new RuleViolation("settings.groupId must be the community's numeric id");
        }
        String baseUrl = channel.setting("apiBaseUrl").isBlank() ? defaultBaseUrl : channel.setting("apiBaseUrl");
        if (!baseUrl.matches("https?://[^\\s/?#]+(/[^\\s?#]*)?")) {
            throw new RuleViolation("settings.apiBaseUrl must be an http(s) address such as https://api.vk.com");
        }
        VkApi.Community community = new VkApi.Community(baseUrl, defaultVersion, channel.setting("accessToken").trim());
        VkApi.Answer group = api.call(community, "groups.getById", Map.of("group_id", groupId));
        if (!group.ok()) {
            throw new RuleViolation(group.code() == 0 ? "Could not check the token. " + group.error()
                    : "VK did not accept the community's token: [" + group.code() + "] " + group.error());
        }
        JsonNode found = group.response().has("groups") ? group.response().path("groups").path(0)
                : group.response().path(0);
        if (!groupId.equals(found.path("id").asString())) {
            throw new RuleViolation("The token belongs to another community than " + groupId);
        }
        String code = channel.setting("confirmationCode").trim();
        if (code.isBlank()) {
            VkApi.Answer asked = api.call(community, "groups.getCallbackConfirmationCode", Map.of("group_id", groupId));
            if (!asked.ok() || asked.response().path("code").asString("").isBlank()) {
                throw new RuleViolation("VK did not give the Callback API's confirmation code ([" + asked.code() + "] "
                        + asked.error() + "); copy it from the community's Callback API tab into settings.confirmationCode");
            }
            code = asked.response().path("code").asString();
        }
        String secret = channel.setting("secret").trim();
        if (secret.length() > 50) {
            throw new RuleViolation("settings.secret may be at most 50 characters: VK keeps no longer secret keys");
        }
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("groupId", groupId);
        settings.put("accessToken", channel.setting("accessToken").trim());
        // our own secret when none is given: VK carries it in every event
        settings.put("secret", secret.isBlank() ? channel.secret() : secret);
        settings.put("confirmationCode", code);
        settings.put("groupName", found.path("name").asString(""));
        settings.put("apiBaseUrl", baseUrl);
        return settings;
    }

    /**
     * Adds our hook to the community's Callback API servers (or updates the one already at our
     * address) and turns on the events we read. VK then confirms the server by calling the hook.
     */
    @Override
    public void registerHook(Channel channel) {
        VkApi.Community community = community(channel);
        String group = channel.setting("groupId");
        String url = publicUrl + "/hooks/" + channel.id();
        VkApi.Answer servers = api.call(community, "groups.getCallbackServers", Map.of("group_id", group));
        if (!servers.ok()) {
            throw new RuleViolation(hookRefused(servers));
        }
        String serverId = null;
        for (JsonNode server : servers.response().path("items")) {
            if (url.equals(server.path("url").asString())) {
                serverId = server.path("id").asString();
            }
        }
        Map<String, String> server = new LinkedHashMap<>();
        server.put("group_id", group);
        server.put("url", url);
        server.put("title", "Switchboard");
        server.put("secret_key", channel.setting("secret"));
        VkApi.Answer saved;
        if (serverId == null) {
            saved = api.call(community, "groups.addCallbackServer", server);
            serverId = saved.ok() ? saved.response().path("server_id").asString() : null;
        } else {
            server.put("server_id", serverId);
            saved = api.call(community, "groups.editCallbackServer", server);
        }
        if (!saved.ok()) {
            throw new RuleViolation(hookRefused(saved));
        }
        Map<String, String> events = new LinkedHashMap<>();
        events.put("group_id", group);
        events.put("server_id", serverId);
        events.put("api_version", defaultVersion);
        EVENTS.forEach(e -> events.put(e, "1"));
        VkApi.Answer set = api.call(community, "groups.setCallbackSettings", events);
        if (!set.ok()) {
            throw new RuleViolation(hookRefused(set));
        }
    }

    private static String hookRefused(VkApi.Answer answer) {
        return "VK did not add the hook to the community's Callback API: [" + answer.code() + "] " + answer.error()
                + ". Add the server by hand on the Callback API tab, or give a token with the right to manage the community";
    }

    @Override
    public HookAnswer receive(Channel channel, HookCall call) {
        if (!"POST".equals(call.method())) {
            throw new HookRejected(405, "VK posts its events");
        }
        JsonNode event;
        try {
            event = json.readTree(call.body());
        } catch (JacksonException e) {
            throw new HookRejected(400, "The body is not valid JSON");
        }
        if (event == null || !event.isObject() || !event.path("type").isString()) {
            throw new HookRejected(400, "The body is not a VK Callback API event");
        }
        if (!channel.setting("groupId").equals(event.path("group_id").asString())) {
            throw new HookRejected(403, "The event is for another community");
        }
        String type = event.path("type").asString();
        if ("confirmation".equals(type)) {
            return new HookAnswer(List.of(), channel.setting("confirmationCode"));
        }
        String secret = event.path("secret").asString("");
        if (!MessageDigest.isEqual(secret.getBytes(StandardCharsets.UTF_8),
                channel.setting("secret").getBytes(StandardCharsets.UTF_8))) {
            throw new HookRejected(401, "The event's secret is missing or wrong");
        }
        try {
            JsonNode object = event.path("object");
            List<InboundMessage> messages = switch (type) {
                case "message_new" -> direct(channel, object.path("message"), false).map(List::of).orElse(List.of());
                case "message_edit" -> direct(channel, object, true).map(List::of).orElse(List.of());
                case "wall_reply_new" -> comment(channel, object).map(List::of).orElse(List.of());
                case "message_reply" -> adminAnswer(channel, object).map(List::of).orElse(List.of());
                default -> List.of(); // typing, joins, likes…: nothing to store
            };
            return new HookAnswer(messages, List.of(), "ok");
        } catch (IllegalArgumentException e) {
            throw new HookRejected(400, "The event has fields of an unexpected shape");
        }
    }

    private Optional<InboundMessage> direct(Channel channel, JsonNode m, boolean edited) {
        if (m.path("out").asInt(0) == 1) {
            return Optional.empty(); // the community's own message
        }
        String from = m.path("from_id").asString();
        String peer = m.path("peer_id").asString(from);
        if (from.isBlank() || !m.path("id").isNumber()) {
            throw new IllegalArgumentException("A message without a sender or an id");
        }
        List<InboundMessage.InboundAttachment> files = new ArrayList<>();
        String text = withAttachments(m, files);
        return Optional.of(new InboundMessage("msg:" + m.path("id").asString(), peer, peer, sender(channel, from), text,
                files, Instant.ofEpochSecond(m.path("date").asLong(Instant.now().getEpochSecond())), edited, "message"));
    }

    /**
     * The community's own message ({@code message_reply}). One a community admin wrote in VK
     * carries {@code admin_author_id} and joins the history; ours, sent through the API, do not.
     */
    private Optional<InboundMessage> adminAnswer(Channel channel, JsonNode m) {
        if (!m.path("admin_author_id").isNumber() || !m.path("id").isNumber()) {
            return Optional.empty();
        }
        String peer = m.path("peer_id").asString();
        if (peer.isBlank()) {
            throw new IllegalArgumentException("A message without a conversation");
        }
        List<InboundMessage.InboundAttachment> files = new ArrayList<>();
        String text = withAttachments(m, files);
        return Optional.of(new InboundMessage(m.path("id").asString(), peer, peer,
                new InboundMessage.Sender(peer, "", null, null, null, null), text, files,
                Instant.ofEpochSecond(m.path("date").asLong(Instant.now().getEpochSecond())), false, "message", null,
                true));
    }

    private Optional<InboundMessage> comment(Channel channel, JsonNode c) {
        String from = c.path("from_id").asString();
        if (from.isBlank() || from.startsWith("-")) {
            return Optional.empty(); // the community answering under its own post
        }
        String post = c.path("owner_id").asString("-" + channel.setting("groupId")) + "_" + c.path("post_id").asString();
        Map<String, Object> about = new LinkedHashMap<>();
        about.put("id", post);
        about.put("text", postText(channel, post));
        about.put("url", "https://vk.com/wall" + post);
        List<InboundMessage.InboundAttachment> files = new ArrayList<>();
        String text = withAttachments(c, files);
        return Optional.of(new InboundMessage("comment:" + c.path("id").asString(), "post:" + post + ":" + from,
                "wall:" + post + ":" + c.path("id").asString(), sender(channel, from), text, files,
                Instant.ofEpochSecond(c.path("date").asLong(Instant.now().getEpochSecond())), false, "comment", about));
    }

    /** The text, with photos and documents as files and anything else named in brackets. */
    private static String withAttachments(JsonNode m, List<InboundMessage.InboundAttachment> files) {
        StringBuilder text = new StringBuilder(m.path("text").asString(""));
        for (JsonNode a : m.path("attachments")) {
            String kind = a.path("type").asString();
            switch (kind) {
                case "photo" -> {
                    JsonNode largest = null;
                    for (JsonNode size : a.path("photo").path("sizes")) {
                        if (largest == null || size.path("width").asInt() * size.path("height").asInt()
                                > largest.path("width").asInt() * largest.path("height").asInt()) {
                            largest = size;
                        }
                    }
                    if (largest != null) {
                        files.add(new InboundMessage.InboundAttachment("photo-" + a.path("photo").path("id").asString()
                                + ".jpg", "image/jpeg", null, largest.path("url").asString()));
                    }
                }
                case "doc" -> {
                    JsonNode doc = a.path("doc");
                    String name = doc.path("title").asString("document");
                    files.add(new InboundMessage.InboundAttachment(name, "application/octet-stream",
                            doc.path("size").isNumber() ? doc.path("size").asLong() : null, doc.path("url").asString()));
                }
                case "sticker" -> text.append(text.isEmpty() ? "" : " ").append("[sticker]");
                default -> text.append(text.isEmpty() ? "" : " ").append("[").append(kind).append("]");
            }
        }
        return text.toString();
    }

    /** The person by their VK id: name and screen name from {@code users.get}, or the id if VK is silent. */
    private InboundMessage.Sender sender(Channel channel, String userId) {
        VkApi.Answer user = api.call(community(channel), "users.get", Map.of("user_ids", userId,
                "fields", "screen_name,photo_100"));
        JsonNode u = user.ok() ? user.response().path(0) : json.createObjectNode();
        String name = (u.path("first_name").asString("") + " " + u.path("last_name").asString("")).trim();
        String screen = u.path("screen_name").asString("");
        return new InboundMessage.Sender(userId, name.isBlank() ? "VK id" + userId : name,
                screen.isBlank() ? null : screen, null, null, null);
    }

    private String postText(Channel channel, String post) {
        VkApi.Answer answer = api.call(community(channel), "wall.getById", Map.of("posts", post));
        if (!answer.ok()) {
            return "";
        }
        JsonNode items = answer.response().has("items") ? answer.response().path("items") : answer.response();
        return items.path(0).path("text").asString("");
    }

    @Override
    public Delivery deliver(Channel channel, OutboundMessage message) {
        OutboundMessage.Target target = message.target();
        boolean publicReply = target.inCommentThread() ? target.publicReply() : message.recipient().startsWith("wall:");
        if (publicReply && !message.attachments().isEmpty()) {
            return new Delivery.Refused("VK takes files in direct messages only; answer under the comment with a text");
        }
        VkApi.Answer answer;
        if (target.inCommentThread() && target.publicReply()) {
            answer = comment(channel, message, target.post(), target.commentId());
        } else if (!target.inCommentThread() && message.recipient().startsWith("wall:")) {
            // queued before answers had targets: under the comment the chat began with
            String[] parts = message.recipient().substring(5).split(":");
            answer = comment(channel, message, parts[0], parts.length > 1 ? parts[1] : null);
        } else {
            // in direct messages; from a comment chat, to the comment's author.
            // random_id makes VK keep one message however often the same one is sent
            String peer = target.inCommentThread() ? target.clientId() : message.recipient();
            List<String> attached = new ArrayList<>();
            for (OutboundMessage.OutboundAttachment file : message.attachments()) {
                VkApi.Answer uploaded = attach(channel, peer, file);
                if (!uploaded.ok()) {
                    return failure(uploaded);
                }
                attached.add(uploaded.response().asString());
            }
            Map<String, String> params = new LinkedHashMap<>();
            params.put("peer_id", peer);
            params.put("random_id", String.valueOf(randomId(message)));
            if (message.text() != null && !message.text().isBlank()) {
                params.put("message", message.text());
            }
            if (!attached.isEmpty()) {
                params.put("attachment", String.join(",", attached));
            }
            answer = api.call(community(channel), "messages.send", params);
        }
        if (answer.ok()) {
            JsonNode r = answer.response();
            String id = r.isObject() ? r.path("comment_id").asString(r.path("message_id").asString()) : r.asString();
            return new Delivery.Sent(id);
        }
        return failure(answer);
    }

    private static Delivery failure(VkApi.Answer answer) {
        if (answer.code() == 0 || LATER.contains(answer.code())) {
            return new Delivery.TryLater("[" + answer.code() + "] " + answer.error(), answer.code() == 9
                    ? Duration.ofMinutes(1) : null);
        }
        return new Delivery.Refused("[" + answer.code() + "] " + answer.error());
    }

    /**
     * A file as VK's messages take it: uploaded to the server VK gives for this conversation and
     * saved, answered as the attachment's name ({@code photo<owner>_<id>_<key>} or {@code doc<owner>_<id>}).
     */
    private VkApi.Answer attach(Channel channel, String peer, OutboundMessage.OutboundAttachment file) {
        boolean photo = file.contentType().matches("image/(jpeg|png|gif)");
        VkApi.Community community = community(channel);
        VkApi.Answer server = photo
                ? api.call(community, "photos.getMessagesUploadServer", Map.of("peer_id", peer))
                : api.call(community, "docs.getMessagesUploadServer", Map.of("peer_id", peer, "type", "doc"));
        if (!server.ok()) {
            return server;
        }
        byte[] bytes = files.read(file.storageKey());
        VkApi.Answer uploaded = api.upload(server.response().path("upload_url").asString(), photo ? "photo" : "file",
                file.name(), file.contentType(), bytes);
        if (!uploaded.ok()) {
            return uploaded;
        }
        JsonNode u = uploaded.response();
        if (photo) {
            VkApi.Answer saved = api.call(community, "photos.saveMessagesPhoto", Map.of("server",
                    u.path("server").asString(), "photo", u.path("photo").asString(), "hash", u.path("hash").asString()));
            if (!saved.ok()) {
                return saved;
            }
            JsonNode p = saved.response().path(0);
            String key = p.path("access_key").asString("");
            return new VkApi.Answer(json.getNodeFactory().stringNode("photo" + p.path("owner_id").asString() + "_"
                    + p.path("id").asString() + (key.isBlank() ? "" : "_" + key)), 0, "");
        }
        VkApi.Answer saved = api.call(community, "docs.save", Map.of("file", u.path("file").asString(),
                "title", file.name()));
        if (!saved.ok()) {
            return saved;
        }
        JsonNode d = saved.response().path("doc");
        return new VkApi.Answer(json.getNodeFactory().stringNode("doc" + d.path("owner_id").asString() + "_"
                + d.path("id").asString()), 0, "");
    }

    /** A public answer under the client's comment on the community's post ({@code owner_post}). */
    private VkApi.Answer comment(Channel channel, OutboundMessage message, String post, String commentId) {
        String[] ids = post.split("_");
        Map<String, String> params = new LinkedHashMap<>();
        params.put("owner_id", ids[0]);
        params.put("post_id", ids[1]);
        params.put("from_group", channel.setting("groupId"));
        params.put("message", message.text());
        if (commentId != null) {
            params.put("reply_to_comment", commentId);
        }
        params.put("guid", message.messageId().toString());
        return api.call(community(channel), "wall.createComment", params);
    }

    /** A positive 32-bit number that stays the same for the same message. */
    static int randomId(OutboundMessage message) {
        return (int) (Math.abs(message.messageId().getLeastSignificantBits() ^ message.messageId().getMostSignificantBits())
                % Integer.MAX_VALUE);
    }

    @Override
    public PlatformFile fetch(Channel channel, String platformRef) {
        return new PlatformFile(api.download(platformRef), platformRef.contains(".jpg") || platformRef.contains("photo")
                ? "image/jpeg" : "application/octet-stream");
    }

    @Override
    public Map<String, Object> visibleSettings(Map<String, Object> settings) {
        return PlatformHttp.masked(settings, List.of("accessToken", "secret"));
    }

    private VkApi.Community community(Channel channel) {
        String baseUrl = channel.setting("apiBaseUrl").isBlank() ? defaultBaseUrl : channel.setting("apiBaseUrl");
        return new VkApi.Community(baseUrl, defaultVersion, channel.setting("accessToken"));
    }
}
