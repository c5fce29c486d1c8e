package dev.switchboard.chats;

import dev.switchboard.accounts.CurrentUser;
import dev.switchboard.clients.Client;
import dev.switchboard.clients.Clients;
import dev.switchboard.common.BadRequest;
import dev.switchboard.common.Ids;
import dev.switchboard.common.Limits;
import dev.switchboard.common.NotFound;
import dev.switchboard.common.Page;
import dev.switchboard.messages.MessageView;
import dev.switchboard.messages.Messages;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
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

/** The chats API: the list, the counters, one chat, its moves, its history, answers and notes. */
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

    ChatsController(ChatList list, ChatActions actions, Replies replies, Messages messages, Clients clients,
            Chats chats, JsonMapper json) {
        this.chats = chats;
        this.json = json;
        this.list = list;
        this.actions = actions;
        this.replies = replies;
        this.messages = messages;
        this.clients = clients;
    }

    @GetMapping("/chats")
    Page<ChatRow> list(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) String category,
            @RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
        if (category == null) {
            throw new BadRequest("category", "category is required: new, accepted or archive");
        }
        return list.page(new ChatFilter(me.workspaceId(), Category.of(category)), cursor, Limits.pageSize(limit));
    }

    @GetMapping("/chats/counts")
    Map<String, Long> counts(@AuthenticationPrincipal CurrentUser me) {
        return list.counts(me.workspaceId());
    }

    /** A chat's row with its custom fields, and the whole client card in place of the short one. */
    @GetMapping("/chats/{id}")
    Map<String, Object> get(@AuthenticationPrincipal CurrentUser me, @PathVariable String id) {
        ChatRow row = row(me, id);
        Client client = clients.find(me.workspaceId(), UUID.fromString(row.client().id())).orElseThrow();
        Map<String, Object> answer = json.convertValue(row, new TypeReference<Map<String, Object>>() {
        });
        answer.put("fields", chats.fields(me.workspaceId(), UUID.fromString(row.id())));
        answer.put("client", client);
        return answer;
    }

    @PostMapping("/chats/{id}/accept")
    ChatRow accept(@AuthenticationPrincipal CurrentUser me, @PathVariable String id) {
        return actions.accept(me, Ids.parseOrNotFound(id));
    }

    @PostMapping("/chats/{id}/archive")
    ChatRow archive(@AuthenticationPrincipal CurrentUser me, @PathVariable String id) {
        return actions.archive(me, Ids.parseOrNotFound(id));
    }

    @PostMapping("/chats/{id}/read")
    ChatRow read(@AuthenticationPrincipal CurrentUser me, @PathVariable String id) {
        return actions.read(me, Ids.parseOrNotFound(id));
    }

    @PostMapping("/chats/{id}/unread")
    ChatRow unread(@AuthenticationPrincipal CurrentUser me, @PathVariable String id) {
        return actions.unread(me, Ids.parseOrNotFound(id));
    }

    @GetMapping("/chats/{id}/messages")
    Messages.History history(@AuthenticationPrincipal CurrentUser me, @PathVariable String id,
            @RequestParam(required = false) String before, @RequestParam(required = false) Integer limit) {
        ChatRow chat = row(me, id);
        return messages.history(me.workspaceId(), UUID.fromString(chat.id()), before, Limits.pageSize(limit));
    }

    record NewMessage(@Nullable String text, @Nullable List<UUID> attachmentIds, @Nullable Map<String, Object> replyTo) {
    }

    @PostMapping("/chats/{id}/messages")
    ResponseEntity<MessageView> send(@AuthenticationPrincipal CurrentUser me, @PathVariable String id,
            @RequestBody NewMessage r, @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        if (key != null && (key.isBlank() || key.length() > 200)) {
            throw new BadRequest("Idempotency-Key", "The Idempotency-Key header must be 1 to 200 characters");
        }
        MessageView sent = replies.send(me, Ids.parseOrNotFound(id), r.text(),
                r.attachmentIds() == null ? List.of() : r.attachmentIds(), key);
        // a retry with the same key answers as the first call did
        return ResponseEntity.status(HttpStatus.CREATED).body(sent);
    }

    record NewNote(@NotNull String text) {
    }

    @PostMapping("/chats/{id}/notes")
    @ResponseStatus(HttpStatus.CREATED)
    MessageView note(@AuthenticationPrincipal CurrentUser me, @PathVariable String id, @Valid @RequestBody NewNote r) {
        return replies.note(me, Ids.parseOrNotFound(id), r.text());
    }

    @PostMapping("/messages/{id}/retry")
    MessageView retry(@AuthenticationPrincipal CurrentUser me, @PathVariable String id) {
        return replies.retry(me, Ids.parseOrNotFound(id));
    }

    private ChatRow row(CurrentUser me, String id) {
        return list.row(me.workspaceId(), Ids.parseOrNotFound(id)).orElseThrow(() -> new NotFound("Chat not found"));
    }
}
