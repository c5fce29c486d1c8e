package dev.switchboard.demo;

import dev.switchboard.common.Ids;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** The to-dos operators put on their chats: some overdue, some due today or tomorrow, a few later. */
final class DemoTasks {

    private static final List<String> TEXTS = List.of("Перезвонить клиенту", "Уточнить адрес доставки",
            "Отправить фото готового букета", "Выставить счёт", "Напомнить об оплате", "Согласовать состав букета",
            "Проверить наличие пионов у поставщика", "Подтвердить время доставки", "Отправить договор на подпись",
            "Уточнить текст открытки");

    private enum Due { OVERDUE, TODAY, TOMORROW, LATER }

    private final DemoRandom random;
    private final Instant now;
    private final ZoneId zone;

    DemoTasks(DemoRandom random, Instant now, ZoneId zone) {
        this.random = random;
        this.now = now;
        this.zone = zone;
    }

    /** One or two open tasks for the responsible operator, sometimes after one already done. */
    void add(DemoChat chat) {
        if (random.chance(15)) {
            Instant due = between(chat.createdAt(), now);
            chat.tasks.add(task(chat, due, true));
        }
        int open = random.chance(30) ? 2 : 1;
        for (int i = 0; i < open; i++) {
            Due kind = random.weighted(List.of(Due.OVERDUE, Due.TODAY, Due.TOMORROW, Due.LATER), 30, 30, 25, 15);
            chat.tasks.add(task(chat, due(chat, kind), false));
        }
    }

    private DemoChat.Task task(DemoChat chat, Instant due, boolean done) {
        Instant created = between(chat.createdAt(), due.isBefore(now) ? due : now);
        Instant doneAt = done ? between(created, now) : null;
        return new DemoChat.Task(Ids.next(), random.pick(TEXTS), due, chat.responsible.id(), done, doneAt, created);
    }

    private Instant due(DemoChat chat, Due kind) {
        ZonedDateTime local = now.atZone(zone);
        return switch (kind) {
            case OVERDUE -> {
                Instant due = now.minusSeconds(random.logBetween(1800, 3 * 86_400)).truncatedTo(ChronoUnit.MINUTES);
                Instant earliest = chat.createdAt().plusSeconds(600);
                yield due.isBefore(earliest) ? earliest : due;
            }
            case TODAY -> {
                Instant start = now.plus(Duration.ofMinutes(40));
                Instant end = local.toLocalDate().atTime(21, 0).atZone(zone).toInstant();
                yield start.isBefore(end) ? roundToQuarter(between(start, end))
                        : at(local.toLocalDate().plusDays(1), 10);
            }
            case TOMORROW -> at(local.toLocalDate().plusDays(1), random.between(10, 18));
            case LATER -> at(local.toLocalDate().plusDays(random.between(2, 6)), random.between(10, 18));
        };
    }

    private Instant at(LocalDate day, int hour) {
        return day.atTime(hour, random.chance(50) ? 0 : 30).atZone(zone).toInstant();
    }

    private Instant between(Instant from, Instant to) {
        long span = Math.max(0, Duration.between(from, to).toSeconds());
        return from.plusSeconds((long) (span * random.fraction()));
    }

    private Instant roundToQuarter(Instant t) {
        long quarter = 15 * 60;
        return Instant.ofEpochSecond((t.getEpochSecond() + quarter - 1) / quarter * quarter);
    }
}
