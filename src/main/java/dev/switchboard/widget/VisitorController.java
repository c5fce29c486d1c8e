package dev.switchboard.widget;

import dev.switchboard.accounts.Workspaces;
import dev.switchboard.channels.Channel;
import dev.switchboard.channels.InboundMessage;
import dev.switchboard.common.BadRequest;
import dev.switchboard.common.Ids;
import dev.switchboard.common.NotFound;
import dev.switchboard.files.FileStore;
import dev.switchboard.messages.Attachments;
import dev.switchboard.messages.FileResponses;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The visitor API that {@code widget.js} calls from a customer's site: the widget's look, a
 * visitor's token, their dialog, their messages and files, their contacts and what they have
 * seen. Calls after the first carry {@code Authorization: Bearer <visitor token>}; only the
 * widget's allowed sites may call (see {@link WidgetOrigins}).
 */
@RestController
@RequestMapping("/widget/v1/{channelId}")
class VisitorController {

    static final int MAX_TEXT = 4000;
    static final long MAX_FILE = 10L * 1024 * 1024;

    private final Visitors visitors;
    private final VisitorThrottle throttle;
    private final FileStore files;
    private final Attachments attachments;
    private final Workspaces workspaces;

    VisitorController(Visitors visitors, VisitorThrottle throttle, FileStore files, Attachments attachments,
            Workspaces workspaces) {
        this.visitors = visitors;
        this.throttle = throttle;
        this.files = files;
        this.attachments = attachments;
        this.workspaces = workspaces;
    }

    record Config(String title, String color, @Nullable String greeting, boolean askName, boolean askPhone,
            String locale) {
    }

    @GetMapping("/config")
    Config config(@PathVariable String channelId, HttpServletRequest request) {
        Channel channel = widget(channelId);
        throttle.take(VisitorThrottle.Act.READ, request.getRemoteAddr());
        WidgetSettings s = WidgetSettings.of(channel);
        String locale = workspaces.get(channel.workspaceId()).locale();
        return new Config(s.title(), s.color(), s.greeting(), s.askName(), s.askPhone(),
                locale.startsWith("ru") ? "ru" : "en");
    }

    @PostMapping("/visitors")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> arrive(@PathVariable String channelId, HttpServletRequest request) {
        Channel channel = widget(channelId);
        throttle.take(VisitorThrottle.Act.ARRIVE, request.getRemoteAddr());
        return Map.of("token", VisitorTokens.issue(channel));
    }

    @GetMapping("/messages")
    Visitors.Dialog dialog(@PathVariable String channelId, @RequestHeader(value = HttpHeaders.AUTHORIZATION,
            required = false) @Nullable String authorization, @RequestParam(required = false) @Nullable String after,
            @RequestParam(required = false) @Nullable String before, HttpServletRequest request) {
        Visitor v = visitor(channelId, authorization);
        throttle.take(VisitorThrottle.Act.READ, request.getRemoteAddr());
        return visitors.dialog(v, id("after", after), id("before", before));
    }

    /** {@code page}: where on the site the visitor is ({@code {url, title}}); the chat keeps where it began. */
    record Written(@Nullable String clientId, @Nullable String text, @Nullable Page page) {
    }

    record Page(@Nullable String url, @Nullable String title) {

        /** The page as the chat keeps it ({@code {url, text}}, as a comment chat keeps its post), when it reads as one. */
        @Nullable Map<String, Object> kept() {
            if (url == null || url.length() > 2000 || !url.matches("https?://[^\\s]+")) {
                return null;
            }
            String name = title == null || title.isBlank() ? "" : title.strip();
            return Map.of("url", url, "text", name.length() > 300 ? name.substring(0, 300) : name);
        }
    }

    @PostMapping("/messages")
    @ResponseStatus(HttpStatus.CREATED)
    VisitorMessage write(@PathVariable String channelId, @RequestHeader(value = HttpHeaders.AUTHORIZATION,
            required = false) @Nullable String authorization, @RequestBody Written body, HttpServletRequest request) {
        Visitor v = visitor(channelId, authorization);
        UUID clientId = required("clientId", body.clientId());
        String text = body.text() == null ? "" : body.text().strip();
        if (text.isEmpty()) {
            throw new BadRequest("text", v.say("Write something first", "Сначала напишите что-нибудь"));
        }
        if (text.length() > MAX_TEXT) {
            throw new BadRequest("text", v.say("A message may be at most " + MAX_TEXT + " characters long",
                    "Сообщение может быть не длиннее " + MAX_TEXT + " символов"));
        }
        throttle.take(VisitorThrottle.Act.WRITE, v.id());
        throttle.take(VisitorThrottle.Act.WRITE_FROM_ADDRESS, request.getRemoteAddr());
        return visitors.write(v, clientId, text, List.of(), body.page() == null ? null : body.page().kept());
    }

    @PostMapping(path = "/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    VisitorMessage sendFile(@PathVariable String channelId, @RequestHeader(value = HttpHeaders.AUTHORIZATION,
            required = false) @Nullable String authorization, @RequestParam("file") MultipartFile file,
            @RequestParam(required = false) @Nullable String clientId, HttpServletRequest request) {
        Visitor v = visitor(channelId, authorization);
        UUID id = required("clientId", clientId);
        if (file.getSize() > MAX_FILE) {
            throw new VisitorRefused(413, "A file may be at most 10 MB");
        }
        throttle.take(VisitorThrottle.Act.SEND_FILE, v.id());
        throttle.take(VisitorThrottle.Act.WRITE_FROM_ADDRESS, request.getRemoteAddr());
        FileResponses.Upload upload = FileResponses.read(file);
        String key = files.store(upload.bytes());
        return visitors.write(v, id, null, List.of(new InboundMessage.InboundAttachment(upload.name(),
                upload.contentType(), (long) upload.bytes().length, null, key)), null);
    }

    record Contact(@Nullable String name, @Nullable String phone) {
    }

    @PutMapping("/contact")
    Visitors.Contact leaveContacts(@PathVariable String channelId, @RequestHeader(value = HttpHeaders.AUTHORIZATION,
            required = false) @Nullable String authorization, @RequestBody Contact body) {
        Visitor v = visitor(channelId, authorization);
        String name = body.name() == null || body.name().isBlank() ? null : body.name().strip();
        if (name != null && name.length() > 100) {
            throw new BadRequest("name", v.say("A name may be at most 100 characters long",
                    "Имя может быть не длиннее 100 символов"));
        }
        String phone = null;
        if (body.phone() != null && !body.phone().isBlank()) {
            String typed = body.phone().strip();
            phone = visitors.phone(v, typed).orElseThrow(() -> new BadRequest("phone", v.say(
                    "\"" + typed + "\" does not look like a phone number",
                    "«" + typed + "» не похоже на номер телефона")));
        }
        throttle.take(VisitorThrottle.Act.LEAVE_CONTACTS, v.id());
        return visitors.leaveContacts(v, name, phone);
    }

    record Seen(@Nullable String upTo) {
    }

    @PostMapping("/read")
    ResponseEntity<Void> read(@PathVariable String channelId, @RequestHeader(value = HttpHeaders.AUTHORIZATION,
            required = false) @Nullable String authorization, @RequestBody Seen body, HttpServletRequest request) {
        Visitor v = visitor(channelId, authorization);
        throttle.take(VisitorThrottle.Act.READ, request.getRemoteAddr());
        visitors.read(v, required("upTo", body.upTo()));
        return ResponseEntity.noContent().build();
    }

    /** A file of a widget's chat, by the signed link the dialog gave. */
    @GetMapping("/files/{fileId}")
    ResponseEntity<byte[]> file(@PathVariable String channelId, @PathVariable String fileId,
            @RequestParam(name = "s", required = false) @Nullable String signature) {
        Channel channel = widget(channelId);
        UUID id = Ids.parseOrNotFound(fileId);
        Attachments.Stored stored = attachments.find(channel.workspaceId(), id)
                .filter(f -> VisitorTokens.fileSignatureMatches(channel, id, signature))
                .filter(f -> channel.id().equals(f.channelId()) && f.storageKey() != null)
                .orElseThrow(() -> new NotFound("File not found"));
        return FileResponses.download(stored.name(), stored.contentType(), files.read(stored.storageKey()));
    }

    @ExceptionHandler(VisitorRefused.class)
    ResponseEntity<ProblemDetail> refused(VisitorRefused e) {
        HttpStatus status = HttpStatus.valueOf(e.status());
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        p.setTitle(status.getReasonPhrase());
        var answer = ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (e.retryAfterSeconds() != null) {
            answer.header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()));
        }
        return answer.body(p);
    }

    private Channel widget(String channelId) {
        return visitors.widget(Ids.parseOrNotFound(channelId));
    }

    private Visitor visitor(String channelId, @Nullable String authorization) {
        Channel channel = widget(channelId);
        String token = authorization != null && authorization.startsWith("Bearer ")
                ? authorization.substring(7).strip() : null;
        return VisitorTokens.visitor(channel, token).map(id -> new Visitor(channel, id, visitors.locale(channel)))
                .orElseThrow(() -> new VisitorRefused(401, "The visitor token is missing or no longer valid"));
    }

    private static @Nullable UUID id(String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Ids.parse(value).orElseThrow(() -> new BadRequest(field, field + " must be a message id"));
    }

    private static UUID required(String field, @Nullable String value) {
        UUID id = id(field, value);
        if (id == null) {
            throw new BadRequest(field, field + " is required");
        }
        return id;
    }
}
