package dev.switchboard.chats;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.messages.EventKind;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ChatStateTest {

    static final UUID ANNA = UUID.randomUUID();
    static final UUID OLEG = UUID.randomUUID();
    static final Instant T0 = Instant.parse("2026-11-25T09:00:00Z");

    static ChatState chat(Category category, UUID responsible) {
        return new ChatState(UUID.randomUUID(), category, responsible, 0, null, null);
    }

    @Test
    void anArchivedChatReturnsToNewOnAnInboundMessage() {
        ChatState.Moved moved = chat(Category.ARCHIVE, OLEG).receive(T0);
        assertThat(moved.state().category()).isEqualTo(Category.NEW);
        assertThat(moved.state().responsibleId()).as("history and responsible are kept").isEqualTo(OLEG);
        assertThat(moved.events()).containsExactly(EventKind.reopened);
    }

    @Test
    void anInboundMessageInAnAcceptedChatKeepsItAcceptedAndMarksItUnread() {
        ChatState.Moved moved = chat(Category.ACCEPTED, OLEG).receive(T0);
        assertThat(moved.state().category()).isEqualTo(Category.ACCEPTED);
        assertThat(moved.state().unreadCount()).isEqualTo(1);
        assertThat(moved.events()).isEmpty();
    }

    @Test
    void theWaitIsCountedFromTheFirstUnansweredMessage() {
        ChatState waiting = chat(Category.NEW, null).receive(T0).state().receive(T0.plusSeconds(60)).state();
        assertThat(waiting.awaitingReplySince()).isEqualTo(T0);
        assertThat(waiting.unreadCount()).isEqualTo(2);

        ChatState answered = waiting.reply(ANNA, T0.plusSeconds(95)).state();
        assertThat(answered.awaitingReplySince()).isNull();
        assertThat(answered.lastResponseSeconds()).isEqualTo(95);
        assertThat(answered.unreadCount()).isZero();
    }

    @Test
    void acceptingMakesTheAcceptingOperatorResponsibleOnlyIfNobodyIs() {
        assertThat(chat(Category.NEW, null).accept(ANNA).state().responsibleId()).isEqualTo(ANNA);
        assertThat(chat(Category.NEW, OLEG).accept(ANNA).state().responsibleId()).isEqualTo(OLEG);
        assertThat(chat(Category.NEW, null).accept(ANNA).events()).containsExactly(EventKind.accepted);
    }

    @Test
    void acceptingAnAcceptedChatChangesNothing() {
        ChatState accepted = chat(Category.ACCEPTED, OLEG);
        ChatState.Moved moved = accepted.accept(ANNA);
        assertThat(moved.changed(accepted)).isFalse();
        assertThat(moved.events()).isEmpty();
    }

    @Test
    void answeringANewChatTakesItIntoWork() {
        ChatState.Moved moved = chat(Category.NEW, null).receive(T0).state().reply(ANNA, T0.plusSeconds(10));
        assertThat(moved.state().category()).isEqualTo(Category.ACCEPTED);
        assertThat(moved.state().responsibleId()).isEqualTo(ANNA);
        assertThat(moved.events()).containsExactly(EventKind.accepted);
    }

    @Test
    void archivingWritesAnEventOnceAndMarkUnreadKeepsAtLeastOne() {
        assertThat(chat(Category.ACCEPTED, OLEG).archive().events()).containsExactly(EventKind.archived);
        assertThat(chat(Category.ARCHIVE, OLEG).archive().events()).isEmpty();
        assertThat(chat(Category.ACCEPTED, OLEG).unread().state().unreadCount()).isEqualTo(1);
        assertThat(chat(Category.ACCEPTED, OLEG).receive(T0).state().read().state().unreadCount()).isZero();
    }

    @Test
    void writingFirstToSomeoneWhoNeverWroteLeavesNoResponseTime() {
        ChatState.Moved first = chat(Category.ACCEPTED, OLEG).reply(OLEG, T0);
        assertThat(first.state().lastResponseSeconds()).isNull();
        assertThat(first.state().awaitingReplySince()).isNull();
    }
}
