package org.tremplin.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tremplin.domain.access.AccountDetails;
import org.tremplin.domain.identity.Role;
import org.tremplin.application.access.AccountAdministration;

/** An administrator issues, lists and revokes tokens over HTTP; the secret is shown once and works at once. */
class TokenApiSystemTest {
    private static final String PASSWORD = "un mot de passe assez long";
    private static Api administrator;
    private static String email;

    @BeforeAll
    static void administrator() {
        email = "admin." + System.nanoTime() + "@tremplin.example";
        ApiSystemTestServer.asSystem(() -> ApiSystemTestServer.bean(AccountAdministration.class).createAccount(
                new AccountDetails(email, "Administratrice", Role.ADMIN, java.util.Optional.empty()), PASSWORD));
        administrator = Api.withPassword(email, PASSWORD);
    }

    @Test
    void an_issued_token_works_at_once_is_listed_without_its_secret_and_stops_working_when_revoked() {
        Api.Reply issued = administrator.post("/api/v1/api-tokens", """
                {"name": "France Travail", "scopes": ["READ_INDICATORS"], "expiresAt": "%s"}"""
                .formatted(Instant.now().plus(30, ChronoUnit.DAYS)));
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        assertThat(issued.header("Cache-Control")).isEqualTo("no-store");
        String secret = issued.json().get("secret").getStringValue();
        assertThat(secret).startsWith("trp_");

        Api integrator = Api.withToken(secret);
        assertThat(integrator.get("/api/v1/indicators/network").status()).isEqualTo(200);
        assertThat(integrator.get("/api/v1/learners").status()).isEqualTo(403);

        Api.Reply listed = administrator.get("/api/v1/api-tokens?size=500");
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.body()).contains(issued.json().get("token").get("id").getStringValue())
                .doesNotContain(secret);

        Api.Reply revoked = administrator.header("If-Match", issued.etag()).delete(issued.location());
        assertThat(revoked.status()).as(revoked.toString()).isEqualTo(200);
        assertThat(revoked.json().get("revokedAt")).isNotNull();
        assertThat(integrator.get("/api/v1/indicators/network").status()).isEqualTo(401);
    }

    @Test
    void a_token_that_asks_for_nothing_or_is_already_expired_is_refused_by_field() {
        Api.Reply refused = administrator.post("/api/v1/api-tokens", """
                {"name": "", "scopes": ["READ_EVERYTHING"], "expiresAt": "2020-01-01T00:00:00Z"}""");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.fieldsInError()).contains("scopes");
    }

    @Test
    void a_wrong_password_is_a_401_and_an_integrator_token_cannot_issue_tokens() {
        assertThat(Api.withPassword(email, "pas le bon mot de passe").get("/api/v1/api-tokens").status())
                .isEqualTo(401);
        assertThat(Api.withToken(Tokens.integrator()).get("/api/v1/api-tokens").status()).isEqualTo(403);
    }
}
