package switchboard.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The scenarios of the issue: the first page of each tab with no filter, each filter alone
 * and three-filter combinations (rare and empty ones included: users click them); the
 * next page deep in the list; the counts; client search by name and phone; a bulk action
 * on about 10,000 chats.
 */
final class Scenarios {

    static final List<String> CATEGORIES = List.of("new", "accepted", "archive");

    private record Filter(String name, String query) {
    }

    private Scenarios() {
    }

    static List<Scenario> of(Picks p, UUID bulkTag) {
        List<Scenario> all = new ArrayList<>();
        for (String category : CATEGORIES) {
            for (Filter f : filters(p, category)) {
                boolean explain = !category.equals("new")
                        && (f.query().isEmpty() || f.name().startsWith("busiest channel + unread"));
                all.add(Scenario.get(Scenario.Kind.LIST, category, f.name(), list(category, f.query()), explain));
            }
        }
        for (String category : CATEGORIES) {
            all.add(Scenario.get(Scenario.Kind.DEEP, category, "no filter", list(category, ""),
                    category.equals("archive")));
        }
        all.add(Scenario.get(Scenario.Kind.DEEP, "archive", "busiest responsible",
                list("archive", "responsible=" + p.busyOperator().id()), false));
        for (Filter f : counted(p)) {
            all.add(Scenario.get(Scenario.Kind.COUNTS, "", f.name(), "/api/v1/chats/counts?" + f.query(),
                    f.query().isEmpty() || f.name().equals("most used tag")));
        }
        for (String category : List.of("accepted", "archive")) {
            for (Filter f : searches(p)) {
                all.add(Scenario.get(Scenario.Kind.SEARCH, category, f.name(), list(category, f.query()),
                        category.equals("archive") && !f.name().contains("Latin") && !f.name().contains("typed")));
            }
        }
        all.add(Scenario.get(Scenario.Kind.BASELINE, "", "GET /api/v1/me", "/api/v1/me", false));
        java.time.Instant now = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.HOURS);
        for (int days : List.of(30, 365)) {
            String period = "from=" + now.minus(java.time.Duration.ofDays(days)) + "&to=" + now;
            String span = days == 30 ? "30 days" : "a year";
            all.add(Scenario.get(Scenario.Kind.ANALYTICS, "", "response times per operator, " + span,
                    "/api/v1/analytics/response-times?groupBy=user&" + period, true));
            all.add(Scenario.get(Scenario.Kind.ANALYTICS, "", "response times per channel, " + span,
                    "/api/v1/analytics/response-times?groupBy=channel&" + period, false));
            all.add(Scenario.get(Scenario.Kind.ANALYTICS, "", "funnel, " + span, "/api/v1/analytics/funnel?" + period,
                    true));
            all.add(Scenario.get(Scenario.Kind.ANALYTICS, "", "new chats per day and channel, " + span,
                    "/api/v1/analytics/new-chats?" + period, true));
        }
        String tag = "\"tagIds\": [\"" + bulkTag + "\"]";
        String filter = "{\"filter\": {\"category\": \"" + p.bulkCategory() + "\", \"" + p.bulkGroupKind() + "\": [\""
                + p.bulkGroup().id() + "\"]}, ";
        all.add(Scenario.bulk(String.format("addTags by filter (%s %s, %,d chats)", p.bulkCategory(),
                        p.bulkGroupKind(), p.bulkGroup().chats()),
                filter + "\"action\": \"addTags\", " + tag + "}", filter + "\"action\": \"removeTags\", " + tag + "}"));
        String ids = "{\"ids\": [" + p.bulkIds().stream().map(id -> "\"" + id + "\"").collect(Collectors.joining(","))
                + "], ";
        all.add(Scenario.bulk(String.format("addTags by ids (%,d chats)", p.bulkIds().size()),
                ids + "\"action\": \"addTags\", " + tag + "}", ids + "\"action\": \"removeTags\", " + tag + "}"));
        return all;
    }

    private static List<Filter> filters(Picks p, String category) {
        Picks.Ref stage = p.stageOf().get(category);
        String absent = "tag=" + p.absentTags().get(0).id() + "&tag=" + p.absentTags().get(1).id();
        return List.of(
                new Filter("no filter", ""),
                new Filter("busiest channel", "channel=" + p.busyChannel().id()),
                new Filter("quietest channel", "channel=" + p.quietChannel().id()),
                new Filter("channel type whatsapp", "channelType=whatsapp"),
                new Filter("busiest responsible", "responsible=" + p.busyOperator().id()),
                new Filter("quietest responsible", "responsible=" + p.quietOperator().id()),
                new Filter("nobody responsible", "responsible=none"),
                new Filter("most used tag", "tag=" + p.popularTag().id()),
                new Filter("rarest tag", "tag=" + p.rareTag().id()),
                new Filter("comments", "sourceType=comment"),
                new Filter("unread", "state=unread"),
                new Filter("unanswered", "state=unanswered"),
                new Filter("most used stage", "stage=" + (stage == null ? UUID.randomUUID() : stage.id())),
                new Filter("last 7 days", "from=" + p.weekAgo()),
                new Filter("open tasks", "tasks=any"),
                new Filter("overdue tasks", "tasks=overdue"),
                new Filter("sorted by longest waiting", "sort=-waiting"),
                new Filter("sorted by price", "sort=-price"),
                new Filter("busiest channel + busiest responsible + most used tag", "channel=" + p.busyChannel().id()
                        + "&responsible=" + p.busyOperator().id() + "&tag=" + p.popularTag().id()),
                new Filter("busiest channel + unread + two absent tags", "channel=" + p.busyChannel().id()
                        + "&state=unread&" + absent),
                new Filter("whatsapp + most used stage + open tasks", "channelType=whatsapp&stage="
                        + (stage == null ? UUID.randomUUID() : stage.id()) + "&tasks=any"),
                new Filter("quietest responsible + comments + unanswered", "responsible=" + p.quietOperator().id()
                        + "&sourceType=comment&state=unanswered"),
                new Filter("nobody responsible + rarest tag + last 30 days", "responsible=none&tag="
                        + p.rareTag().id() + "&from=" + p.monthAgo()));
    }

    private static List<Filter> counted(Picks p) {
        return List.of(
                new Filter("no filter", ""),
                new Filter("busiest channel", "channel=" + p.busyChannel().id()),
                new Filter("busiest responsible", "responsible=" + p.busyOperator().id()),
                new Filter("unread", "state=unread"),
                new Filter("most used tag", "tag=" + p.popularTag().id()),
                new Filter("busiest channel + busiest responsible + most used tag", "channel=" + p.busyChannel().id()
                        + "&responsible=" + p.busyOperator().id() + "&tag=" + p.popularTag().id()),
                new Filter("busiest channel + unread + two absent tags", "channel=" + p.busyChannel().id()
                        + "&state=unread&tag=" + p.absentTags().get(0).id() + "&tag=" + p.absentTags().get(1).id()),
                new Filter("search: name part", "q=" + encode(p.namePart())));
    }

    private static List<Filter> searches(Picks p) {
        return List.of(
                new Filter("name part \"" + p.namePart() + "\"", "q=" + encode(p.namePart())),
                new Filter("Latin name part \"" + p.latinPart() + "\"", "q=" + encode(p.latinPart())),
                new Filter("phone part \"" + p.phonePart() + "\"", "q=" + encode(p.phonePart())),
                new Filter("phone as typed \"" + p.phoneTyped() + "\"", "q=" + encode(p.phoneTyped())));
    }

    private static String list(String category, String query) {
        return "/api/v1/chats?category=" + category + (query.isEmpty() ? "" : "&" + query);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
