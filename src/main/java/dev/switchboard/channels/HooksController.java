package dev.switchboard.channels;

import dev.switchboard.common.Ids;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/**
 * The platforms' webhooks. A call is answered 200 only after what it carried is committed,
 * so a platform that gets no 200 sends it again, and a repeat is stored once.
 */
@RestController
class HooksController {

    private static final Logger log = LoggerFactory.getLogger(HooksController.class);

    private final Channels channels;
    private final Connectors connectors;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;

    HooksController(Channels channels, Connectors connectors, ApplicationEventPublisher events,
            TransactionTemplate transaction) {
        this.channels = channels;
        this.connectors = connectors;
        this.events = events;
        this.transaction = transaction;
    }

    @RequestMapping(path = "/hooks/{channelId}", method = {RequestMethod.GET, RequestMethod.POST})
    ResponseEntity<?> hook(@PathVariable String channelId, @RequestBody(required = false) byte[] body,
            HttpServletRequest request) {
        Optional<Channel> channel = Ids.parse(channelId).flatMap(channels::forHook);
        if (channel.isEmpty()) {
            return problem(HttpStatus.NOT_FOUND, "No such channel");
        }
        if ("disabled".equals(channel.get().status())) {
            // the platform keeps the update and sends it again; once enabled, the channel takes it
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "300")
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, "The channel is disabled"));
        }
        HookAnswer answer;
        try {
            answer = connectors.of(channel.get().type()).receive(channel.get(), call(request, body));
        } catch (HookRejected e) {
            log.info("Hook call to channel {} rejected: {}", channelId, e.getMessage());
            if (e.status() == 401 || e.status() == 403) {
                channels.refused(channel.get().id(), e.getMessage());
            }
            return problem(HttpStatus.valueOf(e.status()), e.getMessage());
        }
        transaction.executeWithoutResult(tx -> {
            answer.messages().forEach(m -> events.publishEvent(new InboundMessageReceived(channel.get(), m)));
            answer.receipts().forEach(r -> events.publishEvent(new ReceiptReceived(channel.get(), r)));
        });
        channels.heard(channel.get().id());
        if (answer.reply() != null) {
            return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(answer.reply());
        }
        return ResponseEntity.ok(Map.of("ok", true));
    }

    private static HookCall call(HttpServletRequest request, byte[] body) {
        Map<String, String> headers = new HashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            headers.put(name.toLowerCase(Locale.ROOT), request.getHeader(name));
        }
        Map<String, String> query = new HashMap<>();
        request.getParameterMap().forEach((k, v) -> query.put(k, v.length > 0 ? v[0] : ""));
        return new HookCall(request.getMethod(), headers, query, body == null ? new byte[0] : body);
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setTitle(status.getReasonPhrase());
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }
}
