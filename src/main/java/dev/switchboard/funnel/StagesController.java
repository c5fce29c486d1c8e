package dev.switchboard.funnel;

import dev.switchboard.accounts.CurrentUser;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The funnel's stages as the UI lists them. */
@RestController
@RequestMapping("/api/v1/stages")
class StagesController {

    private final Stages stages;

    StagesController(Stages stages) {
        this.stages = stages;
    }

    record StageRow(String id, String name, String group, int position) {
    }

    record Items(List<StageRow> items, Object nextCursor) {
    }

    @GetMapping
    Items list(@AuthenticationPrincipal CurrentUser me) {
        return new Items(stages.list(me.workspaceId()).stream()
                .map(s -> new StageRow(s.id().toString(), s.name(), s.group().name(), s.position())).toList(), null);
    }
}
