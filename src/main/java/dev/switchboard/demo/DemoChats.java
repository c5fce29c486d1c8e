package dev.switchboard.demo;

import dev.switchboard.accounts.User;
import dev.switchboard.channels.ChannelType;
import dev.switchboard.funnel.StageGroup;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Plans the demo's clients and chats: who wrote from which channel, which tab each chat is
 * in, who is responsible, its stage, price, tags and tasks, and its history.
 */
final class DemoChats {

    /** Everything to store, clients first. */
    record Plan(List<DemoClient> clients, List<DemoChat> chats) {
    }

    private static final int CLIENTS = 258;
    private static final int SECOND_CHANNEL_CHATS = 42;
    private static final int COMMENT_CHATS = 20;
    private static final int NEW_CHATS = 35;
    private static final int ACCEPTED_CHATS = 95;
    private static final int REOPENED_CHATS = 6;
    private static final int AWAITING_CHATS = 38;
    private static final int UNREAD_CHATS = 29;
    private static final List<ChannelType> CHANNELS = List.of(ChannelType.telegram, ChannelType.whatsapp,
            ChannelType.instagram, ChannelType.vk, ChannelType.widget, ChannelType.email);
    private static final int[] CHANNEL_WEIGHTS = {30, 28, 14, 12, 10, 6};
    private static final List<Map<String, Object>> INSTAGRAM_POSTS = List.of(
            post("17912345678901234", "Букет «Весенний» — 3 500 ₽", "https://www.instagram.com/p/C5kWq2LNvXa/"),
            post("17987654321098765", "Монобукет из 25 роз — 4 900 ₽", "https://www.instagram.com/p/C6bTr8PMhQe/"),
            post("18023456789012345", "Композиция в шляпной коробке — 5 200 ₽",
                    "https://www.instagram.com/p/C7xZm4KLpRt/"),
            post("18034567890123456", "Пионы уже в продаже! От 450 ₽ за штуку",
                    "https://www.instagram.com/p/C8aQw1NJkYu/"));
    private static final List<Map<String, Object>> VK_POSTS = List.of(
            post("-218765432_1543", "Букет «Весенний» — 3 500 ₽", "https://vk.com/wall-218765432_1543"),
            post("-218765432_1561", "Монобукет из 25 роз — 4 900 ₽", "https://vk.com/wall-218765432_1561"),
            post("-218765432_1587", "Тюльпаны к 8 Марта — от 150 ₽ за штуку", "https://vk.com/wall-218765432_1587"),
            post("-218765432_1602", "Розыгрыш букета среди подписчиков 🌷", "https://vk.com/wall-218765432_1602"));

    private final DemoTeam team;
    private final DemoRandom random;
    private final long now;
    private final DemoPeople people;
    private final DemoHistory history;
    private final DemoTasks tasks;
    private final Set<DemoClient> english = new HashSet<>();

    DemoChats(DemoTeam team, DemoRandom random, Instant now) {
        this.team = team;
        this.random = random;
        this.now = now.getEpochSecond();
        this.people = new DemoPeople(random.raw());
        this.history = new DemoHistory(random, new DemoTimeline(random, this.now));
        this.tasks = new DemoTasks(random, now, team.zone());
    }

    Plan plan() {
        List<DemoClient> clients = new ArrayList<>();
        List<DemoChat> chats = new ArrayList<>();
        Set<String> threads = new HashSet<>();
        for (int i = 0; i < CLIENTS; i++) {
            DemoClient client = client();
            clients.add(client);
            chats.add(direct(client, channel(), threads));
        }
        while (chats.size() < CLIENTS + SECOND_CHANNEL_CHATS) {
            DemoClient client = random.pick(clients);
            ChannelType type = channel();
            if (!client.identities.containsKey(type)) {
                chats.add(direct(client, type, threads));
            }
        }
        while (chats.size() < CLIENTS + SECOND_CHANNEL_CHATS + COMMENT_CHATS) {
            comment(random.pick(clients), threads, chats);
        }
        Collections.shuffle(chats, random.raw());
        for (int i = 0; i < chats.size(); i++) {
            if (i < NEW_CHATS) {
                fill(chats.get(i), "new", i);
            } else if (i < NEW_CHATS + ACCEPTED_CHATS) {
                fill(chats.get(i), "accepted", i - NEW_CHATS);
            } else {
                fill(chats.get(i), "archive", i - NEW_CHATS - ACCEPTED_CHATS);
            }
        }
        history.failSomeDeliveries(chats);
        return new Plan(clients, chats);
    }

    private DemoClient client() {
        DemoClient client = new DemoClient(people.next());
        if (random.chance(45)) {
            client.phone = people.phone();
        }
        if (random.chance(18)) {
            client.email = people.email(client.person);
        }
        if (client.person.latin() && random.chance(55)) {
            english.add(client);
        }
        return client;
    }

    private ChannelType channel() {
        return random.weighted(CHANNELS, CHANNEL_WEIGHTS);
    }

    private DemoChat direct(DemoClient client, ChannelType type, Set<String> threads) {
        DemoClient.Identity identity = client.identity(team.channel(type), people, random.raw());
        threads.add(type + identity.externalId());
        return new DemoChat(client, identity, identity.externalId(), null);
    }

    /** A client's comment under one of the shop's posts: a thread of its own, one per client and post. */
    private void comment(DemoClient client, Set<String> threads, List<DemoChat> chats) {
        ChannelType type = random.chance(60) ? ChannelType.instagram : ChannelType.vk;
        Map<String, Object> post = random.pick(type == ChannelType.instagram ? INSTAGRAM_POSTS : VK_POSTS);
        DemoClient.Identity identity = client.identity(team.channel(type), people, random.raw());
        String thread = "post:" + post.get("id") + ":" + identity.externalId();
        if (threads.add(type + thread)) {
            chats.add(new DemoChat(client, identity, thread, post));
        }
    }

    /** Fills the {@code nth} chat of its tab (the chats come shuffled, so the first few are as random as any). */
    private void fill(DemoChat chat, String category, int nth) {
        chat.category = category;
        DemoTimeline.Shape shape;
        StageGroup outcome;
        long anchor;
        switch (category) {
            case "new" -> {
                boolean reopened = chat.post == null && nth < REOPENED_CHATS;
                shape = reopened ? DemoTimeline.Shape.REOPENED : DemoTimeline.Shape.NEW;
                outcome = reopened ? StageGroup.success : random.chance(10) ? StageGroup.not_lead
                        : random.chance(75) ? StageGroup.success : StageGroup.failure;
                chat.responsible = reopened ? operator() : null;
                chat.stage = reopened ? random.pick(team.stages(StageGroup.success))
                        : team.stages(StageGroup.active).getFirst();
                anchor = now - random.logBetween(90, 20 * 3600);
            }
            case "accepted" -> {
                boolean awaiting = nth < AWAITING_CHATS;
                shape = awaiting ? DemoTimeline.Shape.AWAITING : DemoTimeline.Shape.ANSWERED;
                outcome = random.chance(75) ? StageGroup.success : StageGroup.failure;
                chat.responsible = operator();
                chat.stage = random.weighted(team.stages(StageGroup.active), 20, 30, 30, 20);
                chat.readByOperator = awaiting && nth >= UNREAD_CHATS;
                anchor = now - (awaiting ? random.logBetween(120, 26 * 3600) : random.logBetween(600, 6 * 86_400));
            }
            default -> {
                shape = DemoTimeline.Shape.ARCHIVED;
                outcome = random.weighted(List.of(StageGroup.success, StageGroup.failure, StageGroup.not_lead),
                        55, 27, 18);
                chat.responsible = operator();
                chat.stage = random.pick(team.stages(outcome));
                anchor = daytime(now - 90_000 - (long) (59 * 86_400 * Math.pow(random.fraction(), 1.3)));
            }
        }
        DemoDialogs.Dialog dialog = dialog(chat, outcome);
        int price = dialog.priced()
                ? dialog.priceMin() + random.between(0, (dialog.priceMax() - dialog.priceMin()) / 100) * 100 : 0;
        chat.price = dialog.priced() && random.chance(52) ? price : null;
        chat.tagIds = tags(chat, dialog, shape == DemoTimeline.Shape.REOPENED);
        history.write(chat, dialog, price, shape, anchor, english.contains(chat.client));
        if (category.equals("accepted") && nth % 5 == 0) {
            tasks.add(chat);
        }
    }

    private DemoDialogs.Dialog dialog(DemoChat chat, StageGroup outcome) {
        DemoDialogs.Kind kind = chat.post != null ? DemoDialogs.Kind.COMMENT
                : english.contains(chat.client) ? DemoDialogs.Kind.ENGLISH
                : random.chance(chat.identity.channel().type() == ChannelType.email ? 60 : 12) ? DemoDialogs.Kind.EMAIL
                : DemoDialogs.Kind.DIRECT;
        List<DemoDialogs.Dialog> fitting = kind == DemoDialogs.Kind.COMMENT
                ? DemoDialogs.ALL.stream().filter(d -> d.kind() == DemoDialogs.Kind.COMMENT).toList()
                : DemoDialogs.of(kind, outcome);
        if (fitting.isEmpty()) {
            fitting = DemoDialogs.of(DemoDialogs.Kind.DIRECT, outcome);
        }
        return random.pick(fitting);
    }

    private List<UUID> tags(DemoChat chat, DemoDialogs.Dialog dialog, boolean regular) {
        Set<String> names = new LinkedHashSet<>();
        dialog.tags().stream().filter(t -> random.chance(62)).forEach(names::add);
        if (regular || random.chance(6)) {
            names.add("Постоянный");
        }
        if (random.chance(7)) {
            names.add("VIP");
        }
        if (!chat.category.equals("archive") && random.chance(6)) {
            names.add("Срочно");
        }
        return team.tags().entrySet().stream().filter(e -> names.contains(e.getKey()))
                .map(Map.Entry::getValue).toList();
    }

    /** Old dialogs ended in the shop's working hours, as most do. */
    private long daytime(long at) {
        ZonedDateTime local = Instant.ofEpochSecond(at).atZone(team.zone());
        if (local.getHour() >= 9 && local.getHour() < 22) {
            return at;
        }
        long moved = local.withHour(random.between(10, 21)).withMinute(random.between(0, 59)).toEpochSecond();
        return moved > now - 90_000 ? moved - 86_400 : moved;
    }

    /** Anna takes the most chats, Dmitry the fewest. */
    private User operator() {
        return random.weighted(team.operators(), 38, 26, 21, 15);
    }

    private static Map<String, Object> post(String id, String text, String url) {
        Map<String, Object> post = new LinkedHashMap<>();
        post.put("id", id);
        post.put("text", text);
        post.put("url", url);
        return post;
    }
}
