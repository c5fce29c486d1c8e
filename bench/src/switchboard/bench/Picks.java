package switchboard.bench;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The values the scenarios filter by, chosen from the generated data by what they are —
 * the busiest and the quietest channel and operator, the most used and the rarest tag, a
 * pair of tags that a busy channel's unread chats never carry, real names and phones —
 * so the scenarios mean the same at every scale.
 */
record Picks(Ref busyChannel, Ref quietChannel, Ref busyOperator, Ref quietOperator, Ref popularTag, Ref rareTag,
        List<Ref> absentTags, Map<String, Ref> stageOf, String namePart, String latinPart, String phonePart,
        String phoneTyped, Ref bulkGroup, String bulkGroupKind, String bulkCategory, List<UUID> bulkIds,
        Instant weekAgo, Instant monthAgo) {

    /** A thing picked, with how many chats it has. */
    record Ref(UUID id, String name, long chats) {

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s (%,d chats)", name, chats);
        }
    }

    static Picks choose(Database db, UUID ws) throws Exception {
        List<Ref> channels = db.list("""
                select ch.id, ch.name, count(*) from chats c join channels ch on ch.workspace_id = c.workspace_id
                and ch.id = c.channel_id where c.workspace_id = ? group by 1, 2 order by 3 desc, 1""", Picks::ref, ws);
        List<Ref> operators = db.list("""
                select u.id, u.name, count(*) from chats c join users u on u.workspace_id = c.workspace_id
                and u.id = c.responsible_id where c.workspace_id = ? group by 1, 2 order by 3 desc, 1""", Picks::ref, ws);
        Ref busy = channels.getFirst();
        // per tag: all its chats, and those that are unread in the busiest channel outside the archive
        List<Ref[]> tags = db.list("""
                select t.id, t.name, count(*),
                       count(*) filter (where c.category <> 'archive' and c.channel_id = ? and c.unread_count > 0)
                from chats c cross join unnest(c.tag_ids) x(tag)
                join tags t on t.workspace_id = c.workspace_id and t.id = x.tag
                where c.workspace_id = ? group by 1, 2 order by 3 desc, 1""",
                rs -> new Ref[] {ref(rs), new Ref(rs.getObject(1, UUID.class), rs.getString(2), rs.getLong(4))},
                busy.id(), ws);
        List<Ref> absent = tags.stream().filter(t -> t[1].chats() == 0).limit(2).map(t -> t[0]).toList();
        if (absent.size() < 2) {
            absent = tags.stream().sorted((a, b) -> Long.compare(a[1].chats(), b[1].chats())).limit(2)
                    .map(t -> t[0]).toList();
        }
        List<Ref> chosen = absent;
        List<Ref> everyday = tags.stream().map(t -> t[0]).filter(t -> !chosen.contains(t)).toList();
        Map<String, Ref> stages = db.list("""
                select distinct on (c.category) c.category, s.id, s.name, count(*) from chats c
                join stages s on s.workspace_id = c.workspace_id and s.id = c.stage_id
                where c.workspace_id = ? group by 1, 2, 3 order by 1, 4 desc""",
                rs -> Map.entry(rs.getString(1), new Ref(rs.getObject(2, UUID.class), rs.getString(3), rs.getLong(4))),
                ws).stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        String surname = middle(db, ws, "name", "^[А-ЯЁ][а-яё]+ [А-ЯЁ][а-яё]{4,}$").split(" ")[1];
        String latin = middle(db, ws, "name", "^[A-Z][a-z]{3,} [A-Z][a-z]+$").split(" ")[0];
        String digits = middle(db, ws, "phone", "^\\+7\\d{10}$").replaceAll("\\D", "");
        Ref group = db.one("""
                select kind, category, id, n from (
                  select 'channel' as kind, category, channel_id as id, count(*) as n from chats
                  where workspace_id = ? group by 2, 3
                  union all
                  select 'responsible', category, responsible_id, count(*) from chats
                  where workspace_id = ? and responsible_id is not null group by 2, 3) g
                order by abs(n - 10000), 1, 2, 3 limit 1""",
                rs -> new Ref(rs.getObject(3, UUID.class), rs.getString(1) + ":" + rs.getString(2), rs.getLong(4)),
                ws, ws).orElseThrow();
        List<UUID> ids = db.list("""
                select id from chats where workspace_id = ? and category = 'archive'
                order by last_activity_at desc, id desc limit 10000""", rs -> rs.getObject(1, UUID.class), ws);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        return new Picks(busy, channels.getLast(), operators.getFirst(), operators.getLast(), everyday.getFirst(),
                everyday.getLast(), absent, stages, surname.substring(1, 5).toUpperCase(Locale.ROOT),
                swapCase(latin.substring(0, 4)), digits.substring(3, 9),
                "8 " + digits.substring(1, 4) + " " + digits.substring(4, 7) + " " + digits.substring(7, 9) + " "
                        + digits.substring(9, 11),
                group, group.name().split(":")[0], group.name().split(":")[1], ids,
                now.minus(7, ChronoUnit.DAYS), now.minus(30, ChronoUnit.DAYS));
    }

    /** What RESULTS.md lists as the scenarios' parameters. */
    List<String> describe() {
        List<String> lines = new ArrayList<>();
        lines.add("busiest channel: " + busyChannel + "; quietest: " + quietChannel);
        lines.add("busiest operator: " + busyOperator + "; quietest: " + quietOperator);
        lines.add("most used tag: " + popularTag + "; rarest: " + rareTag);
        lines.add("two tags no unread New/Accepted chat of the busiest channel has: " + absentTags.get(0) + ", "
                + absentTags.get(1));
        stageOf.forEach((category, stage) -> lines.add("most used stage in " + category + ": " + stage));
        lines.add("name parts: \"" + namePart + "\" (Cyrillic), \"" + latinPart + "\" (Latin); phone parts: \""
                + phonePart + "\" (6 middle digits), \"" + phoneTyped + "\" (as typed)");
        lines.add(String.format(Locale.ROOT, "bulk by filter: the %s %s group closest to 10,000 chats (%,d chats); "
                + "bulk by ids: the %,d newest archived chats", bulkCategory, bulkGroupKind, bulkGroup.chats(),
                bulkIds.size()));
        return lines;
    }

    /** A client's name or phone from the middle of those that match: real data, not an edge case. */
    private static String middle(Database db, UUID ws, String column, String pattern) throws Exception {
        String where = " from clients where workspace_id = ? and " + column + " ~ ?";
        long matching = db.number("select count(*)" + where, ws, pattern);
        return db.text("select " + column + where + " order by id offset ? limit 1", ws, pattern, matching / 2);
    }

    private static Ref ref(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Ref(rs.getObject(1, UUID.class), rs.getString(2), rs.getLong(3));
    }

    private static String swapCase(String s) {
        StringBuilder out = new StringBuilder();
        s.codePoints().forEach(c -> out.appendCodePoint(Character.isUpperCase(c) ? Character.toLowerCase(c)
                : Character.toUpperCase(c)));
        return out.toString();
    }
}
