package dev.switchboard.chats;

import dev.switchboard.accounts.CurrentUser;
import dev.switchboard.clients.Clients;
import dev.switchboard.common.BadRequest;
import dev.switchboard.common.Ids;
import dev.switchboard.common.NotFound;
import dev.switchboard.common.Page;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The stop-list, kept by owners and admins: a client (by id), a post (by the platform's id), or a word. */
@RestController
@RequestMapping("/api/v1/stoplist")
class StopListController {

    private final StopList stopList;
    private final Clients clients;

    StopListController(StopList stopList, Clients clients) {
        this.stopList = stopList;
        this.clients = clients;
    }

    record NewEntry(@NotNull @Pattern(regexp = "client|post|word") String kind, @NotBlank @Size(max = 200) String value) {
    }

    /** The stop-list (admins): clients, posts and words whose messages go straight to the archive. */
    @GetMapping
    Page<StopList.Entry> list(@AuthenticationPrincipal CurrentUser me) {
        me.requireAdmin();
        return new Page<>(stopList.list(me.workspaceId()), null);
    }

    /** Adds a stop-list entry (admins): {kind: client|post|word, value}. */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    StopList.Entry add(@AuthenticationPrincipal CurrentUser me, @Valid @RequestBody NewEntry r) {
        me.requireAdmin();
        String value = r.value().strip();
        switch (r.kind()) {
            case "client" -> {
                if (Ids.parse(value).flatMap(id -> clients.find(me.workspaceId(), id)).isEmpty()) {
                    throw new BadRequest("value", "There is no such client in this workspace");
                }
            }
            case "word" -> {
                if (value.length() < 2) {
                    throw new BadRequest("value", "A stop-word needs at least 2 characters");
                }
            }
            default -> {
            }
        }
        return stopList.add(me.workspaceId(), me.id(), r.kind(), value);
    }

    /** Takes an entry off the stop-list (admins). */
    @DeleteMapping("/{id}")
    ResponseEntity<Void> remove(@AuthenticationPrincipal CurrentUser me, @PathVariable String id) {
        me.requireAdmin();
        if (!stopList.remove(me.workspaceId(), Ids.parseOrNotFound(id))) {
            throw new NotFound("Not on the stop-list");
        }
        return ResponseEntity.noContent().build();
    }
}
