package dev.switchboard.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.support.Api;
import dev.switchboard.support.IntegrationTest;
import dev.switchboard.support.TestWorkspace;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class AccountsIT {

    @LocalServerPort
    int port;

    @Test
    void signingUpOpensAWorkspaceWithItsOwnerAndAToken() {
        String email = "maria-" + UUID.randomUUID() + "@example.test";
        Api.Response r = new Api(port).post("/api/v1/signup", Map.of("workspace", "Maria's flowers", "name", "Maria",
                "email", email, "password", "long enough"));
        assertThat(r.status()).isEqualTo(201);
        assertThat(r.text("/user/role")).isEqualTo("owner");
        assertThat(r.text("/workspace/name")).isEqualTo("Maria's flowers");

        Api.Response me = new Api(port).withToken(r.text("/token")).get("/api/v1/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.text("/user/email")).isEqualTo(email);
        assertThat(me.text("/workspace/country")).isEqualTo("RU");
        assertThat(me.text("/workspace/timezone")).isEqualTo("Europe/Moscow");
        assertThat(me.text("/workspace/locale")).isEqualTo("ru");
        Api.Response stages = new Api(port).withToken(r.text("/token")).get("/api/v1/stages");
        assertThat(stages.json().at("/items/0/name").asString()).isEqualTo("Новый лид");
        assertThat(stages.json().at("/items").size()).isEqualTo(7);
    }

    @Test
    void badSignUpsAreRefusedWithTheFieldsAtFaultAndStoreNothing() {
        String email = "x-" + UUID.randomUUID() + "@example.test";
        Api.Response shortPassword = new Api(port).post("/api/v1/signup",
                Map.of("workspace", "W", "name", "N", "email", email, "password", "short"));
        assertThat(shortPassword.status()).isEqualTo(400);
        assertThat(shortPassword.json().at("/errors/0/field").asString()).isEqualTo("password");

        Api.Response badZone = new Api(port).post("/api/v1/signup", Map.of("workspace", "W", "name", "N",
                "email", email, "password", "long enough", "timezone", "Mars/Olympus"));
        assertThat(badZone.status()).isEqualTo(400);
        assertThat(badZone.json().at("/errors/0/field").asString()).isEqualTo("timezone");

        Api.Response later = new Api(port).post("/api/v1/signup",
                Map.of("workspace", "W", "name", "N", "email", email, "password", "long enough"));
        assertThat(later.status()).as("the e-mail was not taken by the refused attempts").isEqualTo(201);
    }

    @Test
    void anEmailCanOnlyBelongToOneUser() {
        TestWorkspace ws = TestWorkspace.signUp(port);
        Api.Response again = new Api(port).post("/api/v1/signup", Map.of("workspace", "Copy", "name", "Olga",
                "email", ws.ownerEmail().toUpperCase(), "password", "long enough"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aBrowserSignsInWithACookieAndMustSendTheCsrfHeaderToChangeAnything() {
        TestWorkspace ws = TestWorkspace.signUp(port);
        Api browser = new Api(port);
        assertThat(browser.get("/api/v1/me").status()).isEqualTo(401);
        assertThat(browser.get("/api/v1/session/csrf").status()).isEqualTo(204);
        String csrf = browser.csrfToken();
        assertThat(csrf).isNotBlank();

        Api.Response signIn = browser.header("X-XSRF-TOKEN", csrf)
                .post("/api/v1/session", Map.of("email", ws.ownerEmail(), "password", ws.password()));
        assertThat(signIn.status()).isEqualTo(200);
        assertThat(signIn.text("/user/name")).isEqualTo("Olga Owner");
        assertThat(browser.get("/api/v1/me").status()).isEqualTo(200);

        Api.Response withoutCsrf = new Api(port).post("/api/v1/tokens", Map.of("name", "x"));
        assertThat(withoutCsrf.status()).isEqualTo(401);
        assertThat(browser.post("/api/v1/tokens", Map.of("name", "no header")).status()).isEqualTo(403);
        assertThat(browser.header("X-XSRF-TOKEN", browser.csrfToken()).post("/api/v1/tokens", Map.of("name", "ok"))
                .status()).isEqualTo(201);

        assertThat(browser.header("X-XSRF-TOKEN", browser.csrfToken()).delete("/api/v1/session").status())
                .isEqualTo(204);
        assertThat(browser.get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void aWrongPasswordIs401AndRepeatedGuessesAreRateLimited() {
        TestWorkspace ws = TestWorkspace.signUp(port);
        Api browser = new Api(port);
        browser.get("/api/v1/session/csrf");
        Api.Response wrong = null;
        for (int i = 0; i < 10; i++) {
            wrong = browser.header("X-XSRF-TOKEN", browser.csrfToken())
                    .post("/api/v1/session", Map.of("email", ws.ownerEmail(), "password", "guess " + i));
            assertThat(wrong.status()).isEqualTo(401);
        }
        assertThat(wrong.text("/detail")).isEqualTo("Wrong e-mail or password");
        Api.Response limited = browser.header("X-XSRF-TOKEN", browser.csrfToken())
                .post("/api/v1/session", Map.of("email", ws.ownerEmail(), "password", ws.password()));
        assertThat(limited.status()).isEqualTo(429);
    }

    @Test
    void apiTokensAreShownOnceListedAndRevocable() {
        TestWorkspace ws = TestWorkspace.signUp(port);
        Api.Response created = ws.api().post("/api/v1/tokens", Map.of("name", "CRM"));
        assertThat(created.status()).isEqualTo(201);
        String token = created.text("/token");
        assertThat(new Api(port).withToken(token).get("/api/v1/me").status()).isEqualTo(200);
        assertThat(ws.api().get("/api/v1/tokens").body()).contains("CRM").doesNotContain(token);

        assertThat(ws.api().delete("/api/v1/tokens/" + created.text("/id")).status()).isEqualTo(204);
        assertThat(new Api(port).withToken(token).get("/api/v1/me").status()).isEqualTo(401);
        assertThat(new Api(port).withToken("sb_forged").get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void operatorsCannotManageTokensOrUsers() {
        TestWorkspace ws = TestWorkspace.signUp(port);
        String email = "op-" + UUID.randomUUID() + "@example.test";
        Api.Response operator = ws.api().post("/api/v1/users", Map.of("name", "Ivan", "email", email,
                "password", "long enough", "role", "operator"));
        assertThat(operator.status()).isEqualTo(201);
        Api browser = new Api(port);
        browser.get("/api/v1/session/csrf");
        browser.header("X-XSRF-TOKEN", browser.csrfToken())
                .post("/api/v1/session", Map.of("email", email, "password", "long enough"));
        assertThat(browser.header("X-XSRF-TOKEN", browser.csrfToken()).post("/api/v1/tokens", Map.of("name", "x"))
                .status()).isEqualTo(403);
        assertThat(browser.header("X-XSRF-TOKEN", browser.csrfToken()).post("/api/v1/users", Map.of("name", "Eve",
                "email", "eve-" + UUID.randomUUID() + "@example.test", "password", "long enough", "role", "admin"))
                .status()).isEqualTo(403);
        assertThat(browser.get("/api/v1/users").json().at("/items").size()).isEqualTo(2);
    }

    @Test
    void aRemovedUserIsSignedOutAtOnce() {
        TestWorkspace ws = TestWorkspace.signUp(port);
        Teammate leaving = addTeammate(ws, "Leo", "admin");
        Api leo = signedIn(leaving.email(), "long enough");
        assertThat(leo.get("/api/v1/me").status()).isEqualTo(200);

        assertThat(ws.api().delete("/api/v1/users/" + leaving.id()).status()).isEqualTo(204);
        assertThat(leo.get("/api/v1/me").status()).isEqualTo(401);
        assertThat(leo.get("/api/v1/chats?category=new").status()).isEqualTo(401);
    }

    @Test
    void aDemotedAdminLosesAdminRightsInTheirOpenSession() {
        TestWorkspace ws = TestWorkspace.signUp(port);
        Teammate demoted = addTeammate(ws, "Dana", "admin");
        Api dana = signedIn(demoted.email(), "long enough");
        ws.api().patch("/api/v1/users/" + demoted.id(), Map.of("role", "operator"));
        assertThat(dana.get("/api/v1/me").text("/user/role")).isEqualTo("operator");
        assertThat(dana.get("/api/v1/tokens").status()).isEqualTo(403);
    }

    @Test
    void changingAPasswordEndsTheUsersOtherSessions() {
        TestWorkspace ws = TestWorkspace.signUp(port);
        Teammate teammate = addTeammate(ws, "Pat", "operator");
        Api pat = signedIn(teammate.email(), "long enough");
        ws.api().patch("/api/v1/users/" + teammate.id(), Map.of("password", "another long one"));
        assertThat(pat.get("/api/v1/me").status()).isEqualTo(401);
        assertThat(signedIn(teammate.email(), "another long one").get("/api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void onlyTheOwnerMayChangeTheOwnersAccount() {
        TestWorkspace ws = TestWorkspace.signUp(port);
        Api ada = signedIn(addTeammate(ws, "Ada", "admin").email(), "long enough");
        Api.Response takeover = ada.header("X-XSRF-TOKEN", ada.csrfToken())
                .patch("/api/v1/users/" + ws.ownerId(), Map.of("password", "i am the owner now"));
        assertThat(takeover.status()).isEqualTo(403);
        assertThat(signedIn(ws.ownerEmail(), ws.password()).get("/api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void aPasswordLongerThanBcryptReadsIsRefusedClearly() {
        String tooLong = "пароль".repeat(7); // 42 characters, 84 bytes
        Api.Response r = new Api(port).post("/api/v1/signup", Map.of("workspace", "W", "name", "N",
                "email", "long-" + UUID.randomUUID() + "@example.test", "password", tooLong));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().at("/errors/0/field").asString()).isEqualTo("password");
        Api browser = new Api(port);
        browser.get("/api/v1/session/csrf");
        assertThat(browser.header("X-XSRF-TOKEN", browser.csrfToken())
                .post("/api/v1/session", Map.of("email", "nobody@example.test", "password", tooLong)).status())
                .isEqualTo(401);
    }

    @Test
    void anOversizedBodyIsRefusedWith413() {
        TestWorkspace ws = TestWorkspace.signUp(port);
        Api.Response r = ws.api().post("/api/v1/tokens", Map.of("name", "x".repeat(2_000_000)));
        assertThat(r.status()).isEqualTo(413);
        assertThat(r.contentType()).startsWith("application/problem+json");
    }

    /** A teammate added by the owner, with the password "long enough". */
    private record Teammate(String id, String email) {
    }

    private static Teammate addTeammate(TestWorkspace ws, String name, String role) {
        String email = name.toLowerCase() + "-" + UUID.randomUUID() + "@example.test";
        Api.Response r = ws.api().post("/api/v1/users", Map.of("name", name, "email", email,
                "password", "long enough", "role", role));
        assertThat(r.status()).isEqualTo(201);
        return new Teammate(r.text("/id"), email);
    }

    private Api signedIn(String email, String password) {
        Api browser = new Api(port);
        browser.get("/api/v1/session/csrf");
        Api.Response r = browser.header("X-XSRF-TOKEN", browser.csrfToken())
                .post("/api/v1/session", Map.of("email", email, "password", password));
        assertThat(r.status()).isEqualTo(200);
        return browser;
    }

    @Test
    void theServerIsHealthyAndPublishesItsOpenApi() {
        assertThat(new Api(port).get("/actuator/health").text("/status")).isEqualTo("UP");
        Api.Response openapi = new Api(port).get("/api/v1/openapi.json");
        assertThat(openapi.status()).isEqualTo(200);
        assertThat(openapi.json().at("/paths").has("/api/v1/chats")).isTrue();
    }
}
