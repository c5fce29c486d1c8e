package dev.switchboard.demo;

import dev.switchboard.accounts.User;
import dev.switchboard.messages.EventKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Lays a scripted dialog out in time as a chat would have lived it: where the script is cut
 * for the chat's state, how long each side took to write, and the event lines of the moves
 * (accepted, stage changed, archived, reopened). Times are seconds, relative until anchored.
 */
final class DemoTimeline {

    /** The state a chat's history must leave it in. */
    enum Shape { NEW, REOPENED, ANSWERED, AWAITING, ARCHIVED }

    /** A line before it is stored: who said what when, or which move it records. */
    static final class Draft {
        final String direction;
        final String text;
        final @Nullable User author;
        final @Nullable EventKind kind;
        final String subject;
        long t;

        Draft(String direction, String text, @Nullable User author, @Nullable EventKind kind, String subject, long t) {
            this.direction = direction;
            this.text = text;
            this.author = author;
            this.kind = kind;
            this.subject = subject;
            this.t = t;
        }

        boolean speech() {
            return direction.equals("in") || direction.equals("out");
        }
    }

    private static final int MAX_MESSAGES = 12;

    private final DemoRandom random;
    private final long now;

    DemoTimeline(DemoRandom random, long now) {
        this.random = random;
        this.now = now;
    }

    /**
     * The chat's history, oldest first, with its last client or operator message at
     * {@code anchor} (epoch seconds); a move made after it is never later than now.
     */
    List<Draft> lay(DemoChat chat, List<String> script, Shape shape, long anchor, boolean english) {
        User by = chat.responsible;
        boolean stageLine = chat.stage != null && chat.stage.position() > 0;
        int events = switch (shape) {
            case NEW -> 0;
            case ANSWERED, AWAITING -> stageLine ? 2 : 1;
            case ARCHIVED -> 3;
            case REOPENED -> 6;
        };
        List<Draft> drafts = time(cut(script, shape, MAX_MESSAGES - events, english), by);
        if (by != null && drafts.stream().anyMatch(d -> d.direction.equals("out"))) {
            accepted(drafts, by);
        }
        if ((shape == Shape.ANSWERED || shape == Shape.AWAITING) && stageLine && by != null) {
            stageChanged(drafts, by, chat.stage.name());
        }
        if ((shape == Shape.ARCHIVED || shape == Shape.REOPENED) && by != null && chat.stage != null) {
            long at = drafts.getLast().t + random.logBetween(300, 20 * 3600);
            drafts.add(event(EventKind.stage_changed, by, chat.stage.name(), at));
            drafts.add(event(EventKind.archived, by, "", at + 1 + random.between(0, 3)));
        }
        if (shape == Shape.REOPENED) {
            long at = drafts.getLast().t + random.between(3 * 86_400, 40 * 86_400);
            drafts.add(new Draft("in", random.pick(DemoDialogs.RETURNS), null, null, "", at));
            drafts.add(event(EventKind.reopened, null, "", at + 1));
            if (random.chance(40)) {
                long later = at + random.between(30, 600);
                drafts.add(new Draft("in", random.pick(DemoDialogs.NUDGES), null, null, "", later));
            }
        }
        long last = drafts.stream().filter(Draft::speech).mapToLong(d -> d.t).max().orElseThrow();
        long shift = anchor - last;
        drafts.forEach(d -> d.t = Math.min(now, d.t + shift));
        drafts.sort(Comparator.comparingLong(d -> d.t));
        return drafts;
    }

    private List<String> cut(List<String> script, Shape shape, int limit, boolean english) {
        if (shape == Shape.NEW) {
            int unread = random.between(2, 4);
            List<String> lines = new ArrayList<>(
                    script.stream().takeWhile(l -> l.startsWith(">")).limit(unread).toList());
            while (lines.size() < unread) {
                lines.add("> " + random.pick(english ? DemoDialogs.NUDGES_EN : DemoDialogs.NUDGES));
            }
            return lines;
        }
        List<Integer> ends = new ArrayList<>();
        boolean answered = false;
        for (int i = 0; i < Math.min(limit, script.size()); i++) {
            String line = script.get(i);
            answered |= line.startsWith("<");
            boolean endOfRun = i + 1 == script.size() || !script.get(i + 1).startsWith(">");
            if (shape == Shape.AWAITING ? answered && line.startsWith(">") && endOfRun : line.startsWith("<")) {
                ends.add(i);
            }
        }
        if (ends.isEmpty()) {
            return cut(script, Shape.ANSWERED, limit, english);
        }
        boolean whole = (shape == Shape.ARCHIVED || shape == Shape.REOPENED) && random.chance(65);
        int end = whole ? ends.getLast() : random.pick(ends);
        return script.subList(0, end + 1);
    }

    private List<Draft> time(List<String> lines, @Nullable User by) {
        List<Draft> drafts = new ArrayList<>();
        long t = 0;
        long spoke = 0;
        String speaker = "";
        Long awaiting = null;
        for (String line : lines) {
            String text = line.substring(1).strip();
            if (line.startsWith(">")) {
                long gap = speaker.equals("in") ? random.between(10, 150) : random.chance(10)
                        ? random.between(14 * 3600, 20 * 3600) : random.logBetween(40, 4 * 3600);
                t = drafts.isEmpty() ? 0 : Math.max(t + 5, spoke + gap);
                awaiting = awaiting == null ? t : awaiting;
                drafts.add(new Draft("in", text, null, null, "", t));
            } else if (line.startsWith("<")) {
                t = awaiting != null ? Math.max(t + 5, awaiting + random.logBetween(20, 3600))
                        : Math.max(t + 5, spoke + random.between(15, 120));
                awaiting = null;
                drafts.add(new Draft("out", text, by, null, "", t));
            } else {
                t += random.between(20, 300);
                drafts.add(new Draft("note", text, by, null, "", t));
                continue;
            }
            spoke = t;
            speaker = drafts.getLast().direction;
        }
        return drafts;
    }

    /** The operator took the chat before answering it (replying to a New chat accepts it too). */
    private void accepted(List<Draft> drafts, User by) {
        int first = 0;
        while (!drafts.get(first).direction.equals("out")) {
            first++;
        }
        long before = drafts.get(first - 1).t;
        long reply = drafts.get(first).t;
        long at = reply - before < 2 ? reply : before + 1 + (long) ((reply - before - 1) * random.fraction());
        drafts.add(first, event(EventKind.accepted, by, "", at));
    }

    /** The operator moved the chat along the funnel after one of the answers. */
    private void stageChanged(List<Draft> drafts, User by, String stage) {
        List<Integer> outs = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            if (drafts.get(i).direction.equals("out")) {
                outs.add(i);
            }
        }
        int after = outs.get(Math.min(1, outs.size() - 1));
        long at = drafts.get(after).t;
        long next = after + 1 < drafts.size() ? drafts.get(after + 1).t : at + random.between(20, 240);
        drafts.add(after + 1, event(EventKind.stage_changed, by, stage, next - at >= 2 ? at + (next - at) / 2 : at));
    }

    private static Draft event(EventKind kind, @Nullable User actor, String subject, long at) {
        String text = kind.describe("ru", actor == null ? "" : actor.name(), subject);
        return new Draft("event", text, actor, kind, subject, at);
    }
}
