package dev.switchboard.funnel;

import dev.switchboard.accounts.CurrentUser;
import dev.switchboard.accounts.Workspaces;
import dev.switchboard.common.BadRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/analytics} (owners and admins): how the team answers and how chats move through the funnel. */
@RestController
@RequestMapping("/api/v1/analytics")
class AnalyticsController {

    static final Duration LONGEST = Duration.ofDays(366);

    private final ResponseTimes responseTimes;
    private final FunnelFigures funnel;
    private final Stages stages;
    private final StageUsage usage;
    private final Workspaces workspaces;

    AnalyticsController(ResponseTimes responseTimes, FunnelFigures funnel, Stages stages, StageUsage usage,
            Workspaces workspaces) {
        this.responseTimes = responseTimes;
        this.funnel = funnel;
        this.stages = stages;
        this.usage = usage;
        this.workspaces = workspaces;
    }

    /** A period {@code [from, to)}: the last 30 days when not given, at most a year. */
    record Period(Instant from, Instant to) {

        static Period of(@Nullable Instant from, @Nullable Instant to) {
            Instant end = to == null ? Instant.now() : to;
            Instant start = from == null ? end.minus(Duration.ofDays(30)) : from;
            if (!start.isBefore(end)) {
                throw new BadRequest("from", "from must be before to");
            }
            if (Duration.between(start, end).compareTo(LONGEST) > 0) {
                throw new BadRequest("to", "A period may be at most a year long");
            }
            return new Period(start, end);
        }
    }

    /**
     * A stage in the period: {@code entered} chats came into it (made there, or moved in), of
     * those {@code wentOn} reached a later stage of work or success by the period's end
     * ({@code conversion} = wentOn / entered); {@code current}: its chats now.
     */
    record StageFigures(String id, String name, String group, long entered, long wentOn, @Nullable Double conversion,
            long current) {
    }

    record MoveFigures(String from, String to, long chats) {
    }

    record FunnelReport(Instant from, Instant to, List<StageFigures> stages, List<MoveFigures> moves) {
    }

    /**
     * The funnel in a period {@code [from, to)} (the last 30 days when not given): chats per
     * stage, the conversion from each stage onwards, and the moves between stages.
     */
    @GetMapping("/funnel")
    FunnelReport funnel(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) @Nullable Instant from,
            @RequestParam(required = false) @Nullable Instant to) {
        me.requireAdmin();
        Period p = Period.of(from, to);
        Map<UUID, FunnelFigures.Entered> entered = funnel.entered(me.workspaceId(), p.from(), p.to());
        Map<UUID, Long> now = usage.chatsPerStage(me.workspaceId());
        List<StageFigures> figures = stages.list(me.workspaceId()).stream().map(s -> {
            FunnelFigures.Entered e = entered.getOrDefault(s.id(), new FunnelFigures.Entered(0, 0));
            return new StageFigures(s.id().toString(), s.name(), s.group().name(), e.entered(), e.wentOn(),
                    e.entered() == 0 ? null : Math.round(1000.0 * e.wentOn() / e.entered()) / 1000.0,
                    now.getOrDefault(s.id(), 0L));
        }).toList();
        return new FunnelReport(p.from(), p.to(), figures, funnel.moves(me.workspaceId(), p.from(), p.to()).stream()
                .map(m -> new MoveFigures(m.from().toString(), m.to().toString(), m.chats())).toList());
    }

    record NewChatsReport(Instant from, Instant to, String timezone, List<FunnelFigures.NewChats> items) {
    }

    /**
     * New chats per day and channel in a period {@code [from, to)} (the last 30 days when not
     * given), the days counted in the workspace's time zone; days without chats are left out.
     */
    @GetMapping("/new-chats")
    NewChatsReport newChats(@AuthenticationPrincipal CurrentUser me,
            @RequestParam(required = false) @Nullable Instant from, @RequestParam(required = false) @Nullable Instant to) {
        me.requireAdmin();
        Period p = Period.of(from, to);
        String zone = workspaces.get(me.workspaceId()).timezone();
        return new NewChatsReport(p.from(), p.to(), zone, funnel.newChats(me.workspaceId(), zone, p.from(), p.to()));
    }

    /** {@code items}: one per operator ({@code groupBy=user}; no id for answers sent by the API) or per channel. */
    record ResponseTimeReport(String groupBy, Instant from, Instant to, ResponseTimes.Figures total,
            List<ResponseTimes.Figures> items) {
    }

    /**
     * Response times in a period {@code [from, to)} (the last 30 days when not given, at most a
     * year): count, median and 90th percentile of the seconds clients waited for an answer, in
     * all and per operator ({@code groupBy=user}, the default) or per channel ({@code groupBy=channel}).
     */
    @GetMapping("/response-times")
    ResponseTimeReport responseTimes(@AuthenticationPrincipal CurrentUser me,
            @RequestParam(required = false) @Nullable Instant from, @RequestParam(required = false) @Nullable Instant to,
            @RequestParam(defaultValue = "user") String groupBy) {
        me.requireAdmin();
        if (!"user".equals(groupBy) && !"channel".equals(groupBy)) {
            throw new BadRequest("groupBy", "groupBy must be user or channel");
        }
        Period p = Period.of(from, to);
        ResponseTimes.Report report = responseTimes.of(me.workspaceId(), groupBy, p.from(), p.to());
        return new ResponseTimeReport(groupBy, p.from(), p.to(), report.total(), report.items());
    }
}
