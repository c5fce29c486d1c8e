package dev.switchboard.channels.whatsapp;

import dev.switchboard.channels.DeliveryReceipt;
import dev.switchboard.channels.InboundMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads a Cloud API webhook ({@code object: whatsapp_business_account}): the {@code messages}
 * field's messages of every common type — text; image, video, audio, document and sticker
 * as files; location, contacts, buttons and list replies as readable text — and the
 * statuses of our own messages. Changes for another business number, and other fields
 * (account updates, template reviews…), are left alone.
 */
final class WhatsAppWebhook {

    record Read(List<InboundMessage> messages, List<DeliveryReceipt> receipts) {
    }

    private WhatsAppWebhook() {
    }

    static Read read(JsonNode payload, String phoneNumberId) {
        List<InboundMessage> messages = new ArrayList<>();
        List<DeliveryReceipt> receipts = new ArrayList<>();
        for (JsonNode entry : payload.path("entry")) {
            for (JsonNode change : entry.path("changes")) {
                JsonNode value = change.path("value");
                if (!"messages".equals(change.path("field").asString())
                        || !phoneNumberId.equals(value.path("metadata").path("phone_number_id").asString())) {
                    continue;
                }
                Map<String, String> names = new HashMap<>();
                for (JsonNode contact : value.path("contacts")) {
                    names.put(contact.path("wa_id").asString(), contact.path("profile").path("name").asString(""));
                }
                for (JsonNode m : value.path("messages")) {
                    message(m, names).ifPresent(messages::add);
                }
                for (JsonNode s : value.path("statuses")) {
                    receipt(s).ifPresent(receipts::add);
                }
            }
        }
        return new Read(messages, receipts);
    }

    private static Optional<InboundMessage> message(JsonNode m, Map<String, String> names) {
        String from = m.path("from").asString();
        String id = m.path("id").asString();
        if (from.isBlank() || id.isBlank()) {
            throw new IllegalArgumentException("A message without a sender or an id");
        }
        String type = m.path("type").asString();
        if ("reaction".equals(type) || "system".equals(type)) {
            return Optional.empty();
        }
        String name = names.getOrDefault(from, "");
        InboundMessage.Sender sender = new InboundMessage.Sender(from, name.isBlank() ? "+" + from : name, null,
                "+" + from, null, null);
        List<InboundMessage.InboundAttachment> files = new ArrayList<>();
        String text = switch (type) {
            case "text" -> m.path("text").path("body").asString("");
            case "image", "video", "audio", "document", "sticker" -> {
                JsonNode media = m.path(type);
                String mime = media.path("mime_type").asString("application/octet-stream").replaceFirst(";.*", "").trim();
                String fileName = media.path("filename").asString("");
                files.add(new InboundMessage.InboundAttachment(fileName.isBlank() ? type + extension(mime) : fileName,
                        mime, null, media.path("id").asString()));
                yield media.path("caption").asString(null);
            }
            case "location" -> location(m.path("location"));
            case "contacts" -> contacts(m.path("contacts"));
            case "button" -> m.path("button").path("text").asString("");
            case "interactive" -> {
                JsonNode reply = m.path("interactive").path(m.path("interactive").path("type").asString());
                String title = reply.path("title").asString("");
                String description = reply.path("description").asString("");
                yield description.isBlank() ? title : title + " — " + description;
            }
            case "unsupported" -> "[a message WhatsApp does not pass on: "
                    + m.path("unsupported").path("type").asString(m.path("errors").path(0).path("title").asString("unknown"))
                    + "]";
            default -> "[" + type + "]";
        };
        Instant at = m.path("timestamp").isMissingNode() ? Instant.now()
                : Instant.ofEpochSecond(Long.parseLong(m.path("timestamp").asString("0")));
        return Optional.of(new InboundMessage(id, from, from, sender, text, files, at, false, "message"));
    }

    private static Optional<DeliveryReceipt> receipt(JsonNode s) {
        String id = s.path("id").asString();
        DeliveryReceipt.Status status = switch (s.path("status").asString()) {
            case "delivered" -> DeliveryReceipt.Status.delivered;
            case "read", "played" -> DeliveryReceipt.Status.read;
            case "failed" -> DeliveryReceipt.Status.failed;
            default -> null; // "sent" we know from the send itself
        };
        if (id.isBlank() || status == null) {
            return Optional.empty();
        }
        String error = null;
        if (status == DeliveryReceipt.Status.failed) {
            JsonNode e = s.path("errors").path(0);
            String title = e.path("title").asString(e.path("message").asString("Message undeliverable"));
            String details = e.path("error_data").path("details").asString("");
            String same = details.toLowerCase(Locale.ROOT).replaceAll("[.\\s]+$", "");
            error = "(#" + e.path("code").asString("?") + ") " + title
                    + (same.isBlank() || title.toLowerCase(Locale.ROOT).contains(same) ? "" : ": " + details);
        }
        return Optional.of(new DeliveryReceipt(id, status, error));
    }

    private static String location(JsonNode l) {
        String place = String.join(", ", Stream.of(l.path("name").asString(""),
                l.path("address").asString("")).filter(s -> !s.isBlank()).toList());
        String at = l.path("latitude").asString() + "," + l.path("longitude").asString();
        return "📍 " + (place.isBlank() ? "" : place + " ") + "https://maps.google.com/?q=" + at;
    }

    private static String contacts(JsonNode contacts) {
        List<String> lines = new ArrayList<>();
        for (JsonNode c : contacts) {
            List<String> phones = new ArrayList<>();
            c.path("phones").forEach(p -> phones.add(p.path("phone").asString()));
            lines.add("👤 " + c.path("name").path("formatted_name").asString("")
                    + (phones.isEmpty() ? "" : ": " + String.join(", ", phones)));
        }
        return String.join("\n", lines);
    }

    private static String extension(@Nullable String mime) {
        if (mime == null) {
            return "";
        }
        return switch (mime.replaceAll(";.*", "")) {
            case "image/jpeg" -> ".jpg";
            case "image/png" -> ".png";
            case "image/webp" -> ".webp";
            case "video/mp4" -> ".mp4";
            case "audio/ogg" -> ".ogg";
            case "audio/mpeg" -> ".mp3";
            case "application/pdf" -> ".pdf";
            default -> "";
        };
    }
}
