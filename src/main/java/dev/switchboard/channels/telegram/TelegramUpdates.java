package dev.switchboard.channels.telegram;

import dev.switchboard.channels.InboundMessage;
import dev.switchboard.channels.InboundMessage.InboundAttachment;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Reads a Bot API Update. Text, photos, documents, voice, audio and video become messages
 * with files; stickers, locations, contacts, polls and the rest become readable text. An
 * {@code edited_message} is an edit of the message with the same chat and message id.
 */
final class TelegramUpdates {

    Optional<InboundMessage> read(JsonNode update) {
        boolean edited = update.has("edited_message");
        JsonNode message = edited ? update.path("edited_message") : update.path("message");
        if (!message.isObject() || !message.path("chat").isObject()) {
            return Optional.empty();
        }
        JsonNode chat = message.path("chat");
        String chatId = chat.path("id").asString();
        boolean privateChat = "private".equals(chat.path("type").asString());
        // in a group the dialog is with the group; in a private chat with the person
        JsonNode from = privateChat && message.path("from").isObject() ? message.path("from") : chat;
        List<InboundAttachment> files = attachments(message);
        String text = text(message);
        Instant sentAt = Instant.ofEpochSecond(message.path("date").asLong(Instant.now().getEpochSecond()));
        return Optional.of(new InboundMessage(chatId + ":" + message.path("message_id").asString(), chatId, chatId,
                TelegramConnector.sender(from), text, files, sentAt, edited, "message"));
    }

    private static String text(JsonNode m) {
        if (m.has("text")) {
            return m.path("text").asString();
        }
        String caption = m.path("caption").asString(null);
        if (m.has("sticker")) {
            return ("Sticker " + m.path("sticker").path("emoji").asString("")).trim();
        }
        if (m.has("location") && !m.has("venue")) {
            JsonNode l = m.path("location");
            return "📍 Location: " + l.path("latitude").asDouble() + ", " + l.path("longitude").asDouble()
                    + "\nhttps://www.openstreetmap.org/?mlat=" + l.path("latitude").asDouble()
                    + "&mlon=" + l.path("longitude").asDouble();
        }
        if (m.has("venue")) {
            JsonNode v = m.path("venue");
            return "📍 " + v.path("title").asString("") + ", " + v.path("address").asString("");
        }
        if (m.has("contact")) {
            JsonNode c = m.path("contact");
            return ("👤 Contact: " + c.path("first_name").asString("") + " " + c.path("last_name").asString("")).trim()
                    + ", " + c.path("phone_number").asString("");
        }
        if (m.has("poll")) {
            return "📊 Poll: " + m.path("poll").path("question").asString("");
        }
        if (m.has("dice")) {
            return m.path("dice").path("emoji").asString("🎲") + " " + m.path("dice").path("value").asInt();
        }
        if (caption != null) {
            return caption;
        }
        if (!attachmentsPresent(m)) {
            return "[Unsupported Telegram message]";
        }
        return null;
    }

    private static boolean attachmentsPresent(JsonNode m) {
        return m.has("photo") || m.has("document") || m.has("voice") || m.has("audio") || m.has("video")
                || m.has("video_note") || m.has("animation");
    }

    private static List<InboundAttachment> attachments(JsonNode m) {
        List<InboundAttachment> files = new ArrayList<>();
        if (m.path("photo").isArray() && !m.path("photo").isEmpty()) {
            JsonNode largest = m.path("photo").get(m.path("photo").size() - 1);
            files.add(file(largest, "photo.jpg", "image/jpeg"));
        }
        if (m.has("animation")) {
            files.add(file(m.path("animation"), "animation.mp4", "video/mp4"));
        } else if (m.has("document")) {
            files.add(file(m.path("document"), "document", "application/octet-stream"));
        }
        if (m.has("voice")) {
            files.add(file(m.path("voice"), "voice.ogg", "audio/ogg"));
        }
        if (m.has("audio")) {
            files.add(file(m.path("audio"), "audio.mp3", "audio/mpeg"));
        }
        if (m.has("video")) {
            files.add(file(m.path("video"), "video.mp4", "video/mp4"));
        }
        if (m.has("video_note")) {
            files.add(file(m.path("video_note"), "video-note.mp4", "video/mp4"));
        }
        return files;
    }

    private static InboundAttachment file(JsonNode f, String defaultName, String defaultType) {
        return new InboundAttachment(f.path("file_name").asString(defaultName),
                f.path("mime_type").asString(defaultType),
                f.path("file_size").isNumber() ? f.path("file_size").asLong() : null,
                f.path("file_id").asString());
    }
}
