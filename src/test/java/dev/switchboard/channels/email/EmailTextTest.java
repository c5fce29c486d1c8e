package dev.switchboard.channels.email;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmailTextTest {

    @Test
    void theQuotedEarlierMessageIsCutInTheMailClientsOwnWords() {
        assertThat(EmailText.withoutQuote("Thanks, see you!\n\nOn Tue, 24 Nov 2026 at 10:00, Fialka <zakaz@fialka.ru> wrote:\n> Hello"))
                .isEqualTo("Thanks, see you!");
        assertThat(EmailText.withoutQuote("Спасибо!\n\n24.11.2026, 10:00, Fialka пишет:\n> Здравствуйте"))
                .isEqualTo("Спасибо!");
        assertThat(EmailText.withoutQuote("Да\n\n-----Original Message-----\nFrom: shop\nSubject: Re"))
                .isEqualTo("Да");
        assertThat(EmailText.withoutQuote("Ok\n> quoted\n>\n> more")).isEqualTo("Ok");
        assertThat(EmailText.withoutQuote("> a line I quote\nmy answer to it")).as("a quote followed by text stays")
                .isEqualTo("> a line I quote\nmy answer to it");
        assertThat(EmailText.withoutQuote("On Monday I can come.")).isEqualTo("On Monday I can come.");
    }

    @Test
    void htmlIsReadAsTextWithItsParagraphsAndNothingThatRuns() {
        String text = EmailText.fromHtml("<div>Hello,<br>I'd like <b>roses</b>.</div><p>Irina</p>"
                + "<script>alert(1)</script><style>p{color:red}</style><img src=x onerror=alert(2)>");
        assertThat(text).isEqualTo("Hello,\nI'd like roses.\n\nIrina");
    }

    @Test
    void htmlIsKeptOnlyForFormattingAndSafeLinksWithoutTheQuotedMessage() {
        String html = EmailText.safeHtml("<div style='color:red' onclick='x()'>Hello, <b>roses</b> please."
                + " <a href='https://fialka.ru/roses' onmouseover='x()'>these</a> <a href='javascript:alert(1)'>bad</a>"
                + "<script>alert(1)</script><img src='https://tracker.example/p.gif'><iframe src='https://x'></iframe>"
                + "</div><div class='gmail_quote'>On Mon, Fialka wrote:<blockquote>Earlier</blockquote></div>");
        assertThat(html).contains("<b>roses</b>")
                .contains("href=\"https://fialka.ru/roses\"").contains("target=\"_blank\"")
                .contains("rel=\"noopener noreferrer nofollow\"")
                .doesNotContain("script").doesNotContain("onclick").doesNotContain("onmouseover").doesNotContain("style")
                .doesNotContain("javascript").doesNotContain("img").doesNotContain("iframe").doesNotContain("Earlier");
    }
}
