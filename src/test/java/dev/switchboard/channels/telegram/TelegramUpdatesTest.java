package dev.switchboard.channels.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.channels.InboundMessage;
import dev.switchboard.support.Payloads;
import org.junit.jupiter.api.Test;

class TelegramUpdatesTest {

    final TelegramUpdates updates = new TelegramUpdates();

    InboundMessage read(String name) {
        return updates.read(Payloads.json("telegram/" + name + ".json")).orElseThrow();
    }

    @Test
    void aTextMessageNamesItsSenderAndItsPlaceInTheChat() {
        InboundMessage m = read("text");
        assertThat(m.externalId()).isEqualTo("287654321:101");
        assertThat(m.threadKey()).isEqualTo("287654321");
        assertThat(m.recipient()).isEqualTo("287654321");
        assertThat(m.sender().name()).isEqualTo("Анна Кузнецова");
        assertThat(m.sender().username()).isEqualTo("anna_k");
        assertThat(m.edited()).isFalse();
    }

    @Test
    void aPhotoTakesTheLargestSizeAndItsCaption() {
        InboundMessage m = read("photo");
        assertThat(m.text()).isEqualTo("Вот такой хочу");
        assertThat(m.attachments()).singleElement()
                .satisfies(a -> assertThat(a.platformRef()).isEqualTo("AgACAgIAAxkBAAIBY2large"));
    }

    @Test
    void anEditKeepsTheIdOfTheMessageItEdits() {
        InboundMessage m = read("edited");
        assertThat(m.edited()).isTrue();
        assertThat(m.externalId()).isEqualTo("287654321:101");
    }

    @Test
    void aMessageWithoutTextOrFilesIsStillReadable() {
        assertThat(read("sticker").text()).isEqualTo("Sticker 👍");
        assertThat(read("contact").text()).isEqualTo("👤 Contact: Пётр Иванов, +79123456789");
    }

    @Test
    void anUpdateWithoutAMessageIsIgnored() {
        assertThat(updates.read(Payloads.json("telegram/get-me.json"))).isEmpty();
    }
}
