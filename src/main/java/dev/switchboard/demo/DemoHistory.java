package dev.switchboard.demo;

import dev.switchboard.channels.ChannelType;
import dev.switchboard.common.Ids;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Turns a dialog into a chat's stored messages: texts filled in, ids in order, delivery statuses. */
final class DemoHistory {

    private static final String BLOCKED = "Forbidden: bot was blocked by the user";
    private static final Pattern GENDERED = Pattern.compile("\\[([^/\\]]*)/([^\\]]*)]");

    private final DemoRandom random;
    private final DemoTimeline timeline;
    private long vkMessageId = 48_211;

    DemoHistory(DemoRandom random, DemoTimeline timeline) {
        this.random = random;
        this.timeline = timeline;
    }

    void write(DemoChat chat, DemoDialogs.Dialog dialog, int price, DemoTimeline.Shape shape, long anchor,
            boolean english) {
        List<String> script = dialog.lines().stream().map(line -> fill(line, chat, price)).toList();
        List<DemoTimeline.Draft> drafts = timeline.lay(chat, script, shape, anchor, english);
        ChannelType type = chat.identity.channel().type();
        long telegramMessageId = random.between(2, 400);
        List<DemoChat.Message> messages = new ArrayList<>(drafts.size());
        for (int i = 0; i < drafts.size(); i++) {
            DemoTimeline.Draft d = drafts.get(i);
            String external = null;
            if (d.speech()) {
                external = type == ChannelType.telegram ? chat.identity.externalId() + ":" + telegramMessageId++
                        : externalId(type, chat.post != null, d.direction.equals("in"));
            }
            String status = d.direction.equals("out") ? status(type, answeredLater(drafts, i)) : null;
            messages.add(new DemoChat.Message(Ids.next(), d.direction, d.text, d.author == null ? null : d.author.id(),
                    status, null, external, event(d), Instant.ofEpochSecond(d.t)));
        }
        chat.messages = messages;
    }

    /** A few Telegram clients blocked the bot before the last answer reached them. */
    void failSomeDeliveries(List<DemoChat> chats) {
        int failed = 0;
        for (DemoChat chat : chats) {
            if (failed < 3 && chat.category.equals("accepted") && chat.identity.channel().type() == ChannelType.telegram
                    && chat.last().direction().equals("out")) {
                DemoChat.Message m = chat.last();
                chat.messages.set(chat.messages.indexOf(m), new DemoChat.Message(m.id(), m.direction(), m.text(),
                        m.authorId(), "failed", BLOCKED, null, m.event(), m.at()));
                failed++;
            }
        }
    }

    private String fill(String line, DemoChat chat, int price) {
        String[] variants = line.substring(1).split("\\|");
        String text = variants[random.between(0, variants.length - 1)].strip();
        String operator = chat.responsible == null ? "Анна" : chat.responsible.name().split(" ")[0];
        boolean woman = line.startsWith(">") ? chat.client.person.woman() : operator.matches(".*[ая]$");
        return line.charAt(0) + " " + GENDERED.matcher(text).replaceAll(woman ? "$1" : "$2")
                .replace("{name}", chat.client.person.firstName()).replace("{op}", operator)
                .replace("{price}", rubles(price)).replace("{order}", String.valueOf(random.between(1_200, 9_800)));
    }

    private static String rubles(int amount) {
        String digits = String.valueOf(amount);
        return digits.length() > 3
                ? digits.substring(0, digits.length() - 3) + " " + digits.substring(digits.length() - 3) + " ₽"
                : digits + " ₽";
    }

    private static boolean answeredLater(List<DemoTimeline.Draft> drafts, int index) {
        return drafts.subList(index + 1, drafts.size()).stream().anyMatch(d -> d.direction.equals("in"));
    }

    /** Mail reports nothing past sending; elsewhere a client who wrote back has read the answer. */
    private String status(ChannelType type, boolean answered) {
        if (type == ChannelType.email) {
            return "sent";
        }
        if (answered) {
            return "read";
        }
        return random.chance(60) ? "read" : "delivered";
    }

    /** Ids as the connectors keep them: a client's comment as {@code comment:<id>}, a VK message as {@code msg:<id>}. */
    private String externalId(ChannelType type, boolean comment, boolean inbound) {
        return switch (type) {
            case whatsapp -> "wamid.HBgL" + hex(18).toUpperCase(Locale.ROOT);
            case vk -> (inbound ? comment ? "comment:" : "msg:" : "") + vkMessageId++;
            case instagram -> comment
                    ? (inbound ? "comment:" : "") + "18" + random.between(100_000_000, 999_999_999)
                    + random.between(100_000, 999_999)
                    : "aWdfZAG1faXRlbToxOklH" + hex(12);
            case email -> "<" + hex(10) + (inbound ? "@mail.gmail.com>" : "@fialka.ru>");
            default -> hex(16);
        };
    }

    private String hex(int bytes) {
        byte[] b = new byte[bytes];
        random.raw().nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    private static @Nullable Map<String, Object> event(DemoTimeline.Draft d) {
        if (d.kind == null) {
            return null;
        }
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("kind", d.kind.name());
        event.put("actor", d.author == null ? null : Map.of("id", d.author.id().toString(), "name", d.author.name()));
        if (!d.subject.isEmpty()) {
            event.put("subject", d.subject);
        }
        return event;
    }
}
