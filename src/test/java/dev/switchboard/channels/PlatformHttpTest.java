package dev.switchboard.channels;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.nio.channels.ClosedChannelException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.ResourceAccessException;

class PlatformHttpTest {

    @Test
    void aNetworkFailureIsSaidInWordsAPersonCanActOn() {
        ConnectException refused = new ConnectException();
        refused.initCause(new ClosedChannelException());
        assertThat(PlatformHttp.unreachable("VK", new ResourceAccessException("I/O error on POST request", refused)))
                .isEqualTo("VK cannot be reached: the connection was refused");
        assertThat(PlatformHttp.unreachable("Telegram", new ResourceAccessException("I/O error",
                new UnknownHostException("api.telegram.invalid"))))
                .isEqualTo("Telegram cannot be reached: unknown host api.telegram.invalid");
        assertThat(PlatformHttp.unreachable("Meta's Graph API", new IllegalStateException("odd")))
                .isEqualTo("Meta's Graph API cannot be reached: odd");
    }

    @Test
    void secretsAreShownByTheirLastFourCharactersOnly() {
        Map<String, Object> shown = PlatformHttp.masked(Map.of("accessToken", "EAAG-0123456789", "pageId", "1234567"),
                List.of("accessToken"));
        assertThat(shown).containsEntry("accessToken", "…6789").containsEntry("pageId", "1234567");
    }
}
