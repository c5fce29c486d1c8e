package dev.switchboard.chats;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.accounts.Visibility;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Filters become parameterised SQL: values never enter the text of the query. */
class ChatFilterTest {

    private static final UUID WS = UUID.randomUUID();
    private static final ChatFilter.Day DAY = new ChatFilter.Day(Instant.EPOCH, Instant.EPOCH.plusSeconds(86_400));

    private static final Visibility EVERYTHING = Visibility.everything(UUID.randomUUID());

    @Test
    void aTabAloneIsPlainAndCountable() {
        ChatFilter tab = ChatFilter.of(WS, Category.NEW);
        assertThat(tab.isPlain()).isTrue();
        assertThat(tab.toSql().where()).isEqualTo("c.workspace_id = :ws\n  and c.category = :category");
    }

    @Test
    void nobodyAndSomeoneResponsibleMatchEither() {
        UUID anna = UUID.randomUUID();
        ChatFilter f = new ChatFilter(WS, Category.ACCEPTED, List.of(), List.of(), List.of(anna), true, List.of(), null,
                null, List.of(), null, null, null, null, DAY, null, EVERYTHING);
        assertThat(f.toSql().where()).contains("(c.responsible_id = any(:responsible) or c.responsible_id is null)");
        assertThat(f.isCountable()).isTrue();
        assertThat(f.isPlain()).isFalse();
    }

    @Test
    void searchTagsAndTasksAreParametersNotText() {
        ChatFilter f = new ChatFilter(WS, Category.NEW, List.of("telegram"), List.of(), List.of(), false,
                List.of(UUID.randomUUID()), "comment", ChatFilter.State.unanswered, List.of(), null, null,
                ChatFilter.Tasks.today, List.of("%o'brien%"), DAY, null, EVERYTHING);
        ChatFilter.Sql sql = f.toSql();
        assertThat(sql.where()).doesNotContain("o'brien").doesNotContain("telegram")
                .contains("cl.search_text like :q0", "c.tag_ids && :tags", "c.awaiting_reply_since is not null",
                        "t.due_at >= :dayStart and t.due_at < :dayEnd");
        assertThat(sql.params()).containsEntry("q0", "%o'brien%").containsKeys("channelTypes", "dayStart", "dayEnd");
        assertThat(f.isCountable()).isFalse();
    }

    @Test
    void anOperatorSeesNewChatsOfTheirChannelsAndTheirOwnElsewhere() {
        UUID oleg = UUID.randomUUID();
        UUID channel = UUID.randomUUID();
        Visibility own = new Visibility(oleg, Set.of(channel), true);
        ChatFilter tab = ChatFilter.of(WS, Category.NEW).withVisibility(own);
        assertThat(tab.isPlain()).isFalse();
        assertThat(tab.toSql().where()).contains("c.channel_id = any(:seenChannels)").doesNotContain(":seenBy");
        ChatFilter accepted = ChatFilter.of(WS, Category.ACCEPTED).withVisibility(own);
        assertThat(accepted.toSql().where()).contains("c.responsible_id = :seenBy");
        assertThat(accepted.toSql().params()).containsEntry("seenBy", oleg);
        ChatFilter counts = ChatFilter.of(WS, null).withVisibility(own);
        assertThat(counts.toSql().where()).contains("(c.category = 'new' or c.responsible_id = :seenBy)");
        assertThat(counts.isCountable()).isTrue();
    }
}
