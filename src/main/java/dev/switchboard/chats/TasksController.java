package dev.switchboard.chats;

import dev.switchboard.accounts.CurrentUser;
import dev.switchboard.accounts.Users;
import dev.switchboard.common.Ids;
import dev.switchboard.common.NotFound;
import dev.switchboard.common.Page;
import dev.switchboard.common.RuleViolation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Tasks on chats: a text, a due time, an assignee (the author unless said otherwise), done or not. */
@RestController
@RequestMapping("/api/v1")
class TasksController {

    private final Tasks tasks;
    private final Chats chats;
    private final Users users;
    private final ApplicationEventPublisher events;
    private final ChatAccess access;

    TasksController(Tasks tasks, Chats chats, Users users, ApplicationEventPublisher events, ChatAccess access) {
        this.access = access;
        this.tasks = tasks;
        this.chats = chats;
        this.users = users;
        this.events = events;
    }

    record NewTask(@NotBlank @Size(max = 1000) String text, @NotNull Instant dueAt, @Nullable String assigneeId) {
    }

    record TaskChange(@Nullable @Size(min = 1, max = 1000) String text, @Nullable Instant dueAt,
            @Nullable String assigneeId, @Nullable Boolean done) {
    }

    /** The chat's tasks, open ones first by due time. */
    @GetMapping("/chats/{id}/tasks")
    Page<Tasks.Task> ofChat(@AuthenticationPrincipal CurrentUser me, @PathVariable String id) {
        return new Page<>(tasks.ofChat(me.workspaceId(), chat(me, id)), null);
    }

    /** Adds a task to the chat: {text, dueAt, assigneeId?}. */
    @PostMapping("/chats/{id}/tasks")
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    Tasks.Task add(@AuthenticationPrincipal CurrentUser me, @PathVariable String id, @Valid @RequestBody NewTask r) {
        UUID chatId = chat(me, id);
        UUID assignee = r.assigneeId() == null ? me.id() : assignee(me, r.assigneeId());
        UUID taskId = tasks.add(me.workspaceId(), chatId, r.text().strip(), r.dueAt(), assignee, me.id());
        events.publishEvent(new ChatChanged(me.workspaceId(), chatId, false));
        return tasks.find(me.workspaceId(), taskId).orElseThrow();
    }

    /** Changes a task: text, due time, assignee, done. */
    @PatchMapping("/tasks/{id}")
    @Transactional
    Tasks.Task change(@AuthenticationPrincipal CurrentUser me, @PathVariable String id,
            @Valid @RequestBody TaskChange r) {
        Tasks.Task task = find(me, id);
        UUID assignee = r.assigneeId() != null ? assignee(me, r.assigneeId())
                : task.assignee() == null ? null : UUID.fromString(task.assignee().id());
        tasks.change(me.workspaceId(), task, r.text() == null ? task.text() : r.text().strip(),
                r.dueAt() == null ? task.dueAt() : r.dueAt(), assignee, r.done() == null ? task.done() : r.done());
        events.publishEvent(new ChatChanged(me.workspaceId(), UUID.fromString(task.chatId()), false));
        return tasks.find(me.workspaceId(), UUID.fromString(task.id())).orElseThrow();
    }

    /** Deletes a task. */
    @DeleteMapping("/tasks/{id}")
    @Transactional
    ResponseEntity<Void> remove(@AuthenticationPrincipal CurrentUser me, @PathVariable String id) {
        Tasks.Task task = find(me, id);
        tasks.remove(me.workspaceId(), task);
        events.publishEvent(new ChatChanged(me.workspaceId(), UUID.fromString(task.chatId()), false));
        return ResponseEntity.noContent().build();
    }

    /** A task of a chat the caller may see. */
    private Tasks.Task find(CurrentUser me, String id) {
        return tasks.find(me.workspaceId(), Ids.parseOrNotFound(id))
                .filter(t -> access.sees(me, UUID.fromString(t.chatId())))
                .orElseThrow(() -> new NotFound("Task not found"));
    }

    private UUID chat(CurrentUser me, String id) {
        UUID chatId = Ids.parseOrNotFound(id);
        chats.route(me.workspaceId(), chatId).orElseThrow(() -> new NotFound("Chat not found"));
        return chatId;
    }

    private UUID assignee(CurrentUser me, String id) {
        return Ids.parse(id).flatMap(u -> users.find(me.workspaceId(), u)).map(u -> u.id())
                .orElseThrow(() -> new RuleViolation("There is no such user in this workspace"));
    }
}
