package dev.switchboard.channels.telegram;

import dev.switchboard.channels.Delivery;
import dev.switchboard.channels.OutboundMessage;
import dev.switchboard.channels.OutboundMessage.OutboundAttachment;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Sends one of our messages as Bot API calls: text with {@code sendMessage}; each file with
 * {@code sendPhoto} (pictures up to 10 MB) or {@code sendDocument}, the text as the first
 * file's caption when it fits.
 */
final class TelegramSender {

    static final int CAPTION_LIMIT = 1024;
    static final long PHOTO_LIMIT = 10L * 1024 * 1024;

    private final TelegramApi api;
    private final TelegramApi.Bot bot;
    private final Function<String, byte[]> files;

    TelegramSender(TelegramApi api, TelegramApi.Bot bot, Function<String, byte[]> files) {
        this.api = api;
        this.bot = bot;
        this.files = files;
    }

    Delivery send(OutboundMessage message) {
        String text = message.text() == null ? "" : message.text();
        boolean captioned = !message.attachments().isEmpty() && text.length() <= CAPTION_LIMIT;
        String lastId = null;
        if (!text.isBlank() && !captioned) {
            TelegramApi.Answer answer = api.call(bot, "sendMessage", Map.of("chat_id", message.recipient(), "text", text));
            Delivery failure = failure(answer);
            if (failure != null) {
                return failure;
            }
            lastId = answer.result().path("message_id").asString();
        }
        boolean first = true;
        for (OutboundAttachment file : message.attachments()) {
            TelegramApi.Answer answer = sendFile(message, file, first && captioned ? text : null);
            Delivery failure = failure(answer);
            if (failure != null) {
                return failure;
            }
            lastId = answer.result().path("message_id").asString();
            first = false;
        }
        if (lastId == null) {
            return new Delivery.Refused("The message has neither text nor files");
        }
        return new Delivery.Sent(message.recipient() + ":" + lastId);
    }

    private TelegramApi.Answer sendFile(OutboundMessage message, OutboundAttachment file, String caption) {
        boolean photo = file.contentType().startsWith("image/") && !file.contentType().equals("image/svg+xml")
                && file.size() <= PHOTO_LIMIT;
        byte[] bytes = files.apply(file.storageKey());
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("chat_id", message.recipient());
        if (caption != null && !caption.isBlank()) {
            parts.add("caption", caption);
        }
        parts.add(photo ? "photo" : "document", new ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return file.name();
            }
        });
        return api.upload(bot, photo ? "sendPhoto" : "sendDocument", parts);
    }

    /** Null when the call went through; otherwise whether it is worth another try. */
    private static Delivery failure(TelegramApi.Answer answer) {
        if (answer.ok()) {
            return null;
        }
        int code = answer.errorCode();
        if (code == 429 || code == 0 || code >= 500) {
            return new Delivery.TryLater(answer.description(),
                    answer.retryAfter() == null ? null : Duration.ofSeconds(answer.retryAfter()));
        }
        return new Delivery.Refused(answer.description());
    }
}
