package dev.switchboard.chats;

import dev.switchboard.accounts.CurrentUser;
import dev.switchboard.common.BadRequest;
import dev.switchboard.common.Limits;
import dev.switchboard.common.Page;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The chat list through the API: pages, counters and mass actions, all with the same filters. */
@RestController
@RequestMapping("/api/v1")
class ChatListController {

    private final ChatList list;
    private final ChatFilters filters;
    private final ChatCounts counts;
    private final MassActions mass;

    ChatListController(ChatList list, ChatFilters filters, ChatCounts counts, MassActions mass) {
        this.list = list;
        this.filters = filters;
        this.counts = counts;
        this.mass = mass;
    }

    /** The list: a category, any filters (repeatable ones match any of their values), a sort, a page. */
    @GetMapping("/chats")
    Page<ChatRow> list(@AuthenticationPrincipal CurrentUser me, @RequestParam MultiValueMap<String, String> params,
            @RequestParam(required = false) String category, @RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer limit) {
        if (category == null) {
            throw new BadRequest("category", "category is required: new, accepted or archive");
        }
        int size = Limits.pageSize(limit);
        ChatFilter filter = filters.read(me, params, Category.of(category));
        return list.page(filter, filters.sort(params), cursor, size);
    }

    /** The tab counters and the unread counter for the same filters as the list. */
    @GetMapping("/chats/counts")
    Map<String, Object> counts(@AuthenticationPrincipal CurrentUser me,
            @RequestParam MultiValueMap<String, String> params) {
        ChatCounts.Counts counts = this.counts.count(filters.read(me, params, null));
        Map<String, Object> answer = new java.util.LinkedHashMap<>(counts.values());
        answer.put("capped", counts.capped());
        return answer;
    }

    record Updated(int updated) {
    }

    /** A mass action on chats given by ids or by a list filter. */
    @PostMapping("/chats/bulk")
    Updated bulk(@AuthenticationPrincipal CurrentUser me, @RequestBody MassAction action) {
        return new Updated(mass.apply(me, action));
    }
}
