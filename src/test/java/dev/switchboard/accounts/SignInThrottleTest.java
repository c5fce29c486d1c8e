package dev.switchboard.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Guessing is slowed down per e-mail and per address; a team signing in from one office is not. */
class SignInThrottleTest {

    @Test
    void successfulSignInsFromOneAddressNeverRunOut() {
        SignInThrottle throttle = new SignInThrottle();
        for (int i = 0; i < SignInThrottle.MAX_PER_ADDRESS * 3; i++) {
            String email = "operator" + i + "@office.example";
            assertThat(throttle.attempt(email, "10.0.0.1")).as("sign-in %d", i).isTrue();
            throttle.succeeded(email, "10.0.0.1");
        }
    }

    @Test
    void failedGuessesRunOutPerEmailAndPerAddress() {
        SignInThrottle throttle = new SignInThrottle();
        for (int i = 0; i < SignInThrottle.MAX_PER_EMAIL; i++) {
            assertThat(throttle.attempt("owner@shop.example", "10.0.0.2")).isTrue();
        }
        assertThat(throttle.attempt("owner@shop.example", "10.0.0.3")).isFalse();
        for (int i = 0; i < SignInThrottle.MAX_PER_ADDRESS - SignInThrottle.MAX_PER_EMAIL; i++) {
            assertThat(throttle.attempt("someone" + i + "@shop.example", "10.0.0.2")).isTrue();
        }
        assertThat(throttle.attempt("fresh@shop.example", "10.0.0.2")).isFalse();
        assertThat(throttle.attempt("fresh@shop.example", "10.0.0.4")).isTrue();
    }
}
