package dev.switchboard.funnel;

import dev.switchboard.accounts.CurrentUser;
import dev.switchboard.common.BadRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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

    AnalyticsController(ResponseTimes responseTimes) {
        this.responseTimes = responseTimes;
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
        Instant end = to == null ? Instant.now() : to;
        Instant start = from == null ? end.minus(Duration.ofDays(30)) : from;
        if (!start.isBefore(end)) {
            throw new BadRequest("from", "from must be before to");
        }
        if (Duration.between(start, end).compareTo(LONGEST) > 0) {
            throw new BadRequest("to", "A period may be at most a year long");
        }
        return new ResponseTimeReport(groupBy, start, end, responseTimes.total(me.workspaceId(), start, end),
                responseTimes.of(me.workspaceId(), groupBy, start, end));
    }
}
