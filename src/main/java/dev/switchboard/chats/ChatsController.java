package dev.switchboard.chats;

import dev.switchboard.accounts.CurrentUser;
import dev.switchboard.channels.PlatformTemplate;
import dev.switchboard.clients.Client;
import dev.switchboard.clients.Clients;
import dev.switchboard.common.BadRequest;
import dev.switchboard.common.Ids;
import dev.switchboard.common.Limits;
import dev.switchboard.common.NotFound;
import dev.switchboard.messages.MessageView;
import dev.switchboard.messages.Messages;
import dev.switchboard.templates.Template;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** One chat through the API: its row and fields, its moves and edits, its history, answers and notes. */
@RestController
@RequestMapping("/api/v1")
class ChatsController {

    private final ChatList list;
    private final ChatActions actions;
    private final Replies replies;
    private final Messages messages;
    private final Clients clients;
    private final Chats chats;
    private final JsonMapper json;
    private final ChatEdits edits;
    private final ChatTemplates templates;
    private final WriteFirst writeFirst;

    ChatsController(ChatList list, ChatActions actions, Replies replies, Messages messages, Clients clients,
            Chats chats, JsonMapper json, ChatEdits edits, ChatTemplates templates, WriteFirst writeFirst) {
        this.writeFirst = writeFirst;
        this.templates = templates;
        this.edits = edits;
        this.chats = chats;
        this.json = json;
        this.list = list;
        this.actions = actions;
        this.replies = replies;
        this.messages = messages;
        this.clients = clients;
    }

    /** Changes any of stage, responsible, price and custom fields; answers the chat as GET does. */
    @PatchMapping("/chats/{id}")
    Map<String, Object> patch(@AuthenticationPrincipal CurrentUser me, @PathVariable String id,
            @RequestBody Map<String, Object> body) {
        edits.patch(me, Ids.parseOrNotFound(id), body);
        return get(me, id);
    }

    record TagIds(@NotNull @Size(min = 1, max = 100) List<String> tagIds) {
    }

    /** Puts tags on the chat: {tagIds}. */
    @PostMapping("/chats/{id}/tags")
    ChatRow addTags(@AuthenticationPrincipal CurrentUser me, @PathVariable String id, @Valid @RequestBody TagIds r) {
        UUID chatId = Ids.parseOrNotFound(id);
        edits.addTags(me, chatId, r.tagIds());
        return row(me, id);
    }

    /** Takes a tag off the chat. */
    @DeleteMapping("/chats/{id}/tags/{tagId}")
    ChatRow removeTag(@AuthenticationPrincipal CurrentUser me, @PathVariable String id, @PathVariable String tagId) {
        UUID chatId = Ids.parseOrNotFound(id);
        Ids.parseOrNotFound(tagId);
        edits.removeTag(me, chatId, tagId);
        return row(me, id);
    }

    /** Writing first: 201 with a new chat, 200 with the client's existing one; the first message is queued. */
    @PostMapping("/chats")
    ResponseEntity<Map<String, Object>> start(@AuthenticationPrincipal CurrentUser me,
            @RequestBody WriteFirst.Request r) {
        WriteFirst.Started started = writeFirst.start(me, r);
        return ResponseEntity.status(started.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(get(me, started.chatId().toString()));
    }

    /** A chat's row with its custom fields, and the whole client card in place of the short one. */
    @GetMapping("/chats/{id}")
    Map<String, Object> get(@AuthenticationPrincipal CurrentUser me, @PathVariable String id) {
        ChatRow row = row(me, id);
        Client client = clients.find(me.workspaceId(), UUID.fromString(row.client().id())).orElseThrow();
        Map<String, Object> answer = json.convertValue(row, new TypeReference<Map<String, Object>>() {
        });
        answer.put("fields", chats.fields(me.workspaceId(), UUID.fromString(row.id())));
        // where the platform limits answers to a window after the client's last message
        answer.put("replyWindow", replies.window(me.workspaceId(), UUID.fromString(row.id())).orElse(null));
        answer.put("client", client);
        return answer;
    }

    /** Accepts a New chat: it moves to Accepted with the caller responsible. */
    @PostMapping("/chats/{id}/accept")
    ChatRow accept(@AuthenticationPrincipal CurrentUser me, @PathVariable String id) {
        return actions.accept(me, Ids.parseOrNotFound(id));
    }

    /** Archives the chat. */
    @PostMapping("/chats/{id}/archive")
    ChatRow archive(@AuthenticationPrincipal CurrentUser me, @PathVariable String id) {
        return actions.archive(me, Ids.parseOrNotFound(id));
    }

    /** Marks the chat read. */
    @PostMapping("/chats/{id}/read")
    ChatRow read(@AuthenticationPrincipal CurrentUser me, @PathVariable String id) {
        return actions.read(me, Ids.parseOrNotFound(id));
    }

    /** Marks the chat unread. */
    @PostMapping("/chats/{id}/unread")
    ChatRow unread(@AuthenticationPrincipal CurrentUser me, @PathVariable String id) {
        return actions.unread(me, Ids.parseOrNotFound(id));
    }

    /** The chat's history, oldest first within a page; pass prevCursor as before= for older messages. */
    @GetMapping("/chats/{id}/messages")
    Messages.History history(@AuthenticationPrincipal CurrentUser me, @PathVariable String id,
            @RequestParam(required = false) String before, @RequestParam(required = false) Integer limit) {
        ChatRow chat = row(me, id);
        return messages.history(me.workspaceId(), UUID.fromString(chat.id()), before, Limits.pageSize(limit));
    }

    record NewMessage(@Nullable String text, @Nullable List<UUID> attachmentIds, @Nullable UUID templateId,
            @Nullable PlatformTemplateRequest platformTemplate, @Nullable Map<String, Object> replyTo) {
    }

    /** {@code {name, language, params}}: a template approved on the platform (WhatsApp). */
    record PlatformTemplateRequest(@Nullable String name, @Nullable String language, @Nullable List<String> params) {

        PlatformTemplate read() {
            if (name == null || name.isBlank() || name.length() > 512) {
                throw new BadRequest("platformTemplate.name", "The template's name is required");
            }
            if (language == null || !language.matches("[a-z]{2,3}(_[A-Z]{2})?")) {
                throw new BadRequest("platformTemplate.language", "The language must be a code such as ru or en_US");
            }
            List<String> values = params == null ? List.of() : params;
            if (values.size() > 20 || values.stream().anyMatch(v -> v == null || v.isBlank() || v.length() > 1024)) {
                throw new BadRequest("platformTemplate.params", "Give up to 20 values, none of them empty");
            }
            return new PlatformTemplate(name.strip(), language, values);
        }
    }

    /** A template with its placeholders filled in for this chat, to put into the composer. */
    @GetMapping("/chats/{id}/templates/{templateId}")
    Template template(@AuthenticationPrincipal CurrentUser me, @PathVariable String id, @PathVariable String templateId) {
        return templates.forChat(me, Ids.parseOrNotFound(id), Ids.parseOrNotFound(templateId));
    }

    /** Sends an answer: {text?, attachmentIds?, templateId?, platformTemplate?, replyTo?} → 201, status queued, then sent, delivered, read or failed as the platform reports. An Idempotency-Key header makes a retry answer the first result. replyTo picks, in a comment chat, {type: comment, commentId} or {type: direct}. 422 when the platform's reply window is closed. */
    @PostMapping("/chats/{id}/messages")
    ResponseEntity<MessageView> send(@AuthenticationPrincipal CurrentUser me, @PathVariable String id,
            @RequestBody NewMessage r, @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        if (key != null && (key.isBlank() || key.length() > 200)) {
            throw new BadRequest("Idempotency-Key", "The Idempotency-Key header must be 1 to 200 characters");
        }
        UUID chatId = Ids.parseOrNotFound(id);
        // a text written in the composer wins; a template alone is sent as this chat fills it in
        String text = (r.text() == null || r.text().isBlank()) && r.templateId() != null
                ? templates.forChat(me, chatId, r.templateId()).text() : r.text();
        MessageView sent = replies.send(me, chatId, r.platformTemplate() == null ? text : r.text(),
                r.attachmentIds() == null ? List.of() : r.attachmentIds(), key,
                r.platformTemplate() == null ? null : r.platformTemplate().read(), replyTo(r.replyTo()));
        // a retry with the same key answers as the first call did
        return ResponseEntity.status(HttpStatus.CREATED).body(sent);
    }

    /** {@code {"type":"direct"}} or {@code {"type":"comment","commentId":"…"}}; absent: the chat's usual way. */
    private static Replies.@Nullable ReplyTo replyTo(@Nullable Map<String, Object> asked) {
        if (asked == null) {
            return null;
        }
        Object type = asked.get("type");
        if ("direct".equals(type)) {
            return Replies.ReplyTo.DIRECT;
        }
        if (!"comment".equals(type)) {
            throw new BadRequest("replyTo.type", "replyTo.type must be direct or comment");
        }
        Object comment = asked.get("commentId");
        if (comment != null && (!(comment instanceof String || comment instanceof Number)
                || String.valueOf(comment).isBlank() || String.valueOf(comment).length() > 200)) {
            throw new BadRequest("replyTo.commentId", "replyTo.commentId must be the id of one of the client's comments");
        }
        return new Replies.ReplyTo(true, comment == null ? null : String.valueOf(comment));
    }

    record NewNote(@NotNull String text) {
    }

    /** Adds a note: seen by the team only, never sent to the client. */
    @PostMapping("/chats/{id}/notes")
    @ResponseStatus(HttpStatus.CREATED)
    MessageView note(@AuthenticationPrincipal CurrentUser me, @PathVariable String id, @Valid @RequestBody NewNote r) {
        return replies.note(me, Ids.parseOrNotFound(id), r.text());
    }

    /** Sends a failed outbound message again, to the same place. */
    @PostMapping("/messages/{id}/retry")
    MessageView retry(@AuthenticationPrincipal CurrentUser me, @PathVariable String id) {
        return replies.retry(me, Ids.parseOrNotFound(id));
    }

    private ChatRow row(CurrentUser me, String id) {
        return list.row(me.workspaceId(), Ids.parseOrNotFound(id)).orElseThrow(() -> new NotFound("Chat not found"));
    }
}
