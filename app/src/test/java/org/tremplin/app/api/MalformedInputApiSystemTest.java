package org.tremplin.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tremplin.domain.identity.Permission;

/** Whatever an integrator sends, a malformed request is a 400 problem document: never a 500, never a stack trace. */
class MalformedInputApiSystemTest {
    private static Api integrator;

    @BeforeAll
    static void token() {
        integrator = Api.withToken(Tokens.withScopes(Permission.READ_NETWORK, Permission.MANAGE_NETWORK));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "",
            "[]",
            "\"a string\"",
            "{\"name\": \"Promo\", \"startDate\": \"2026-10-05\", \"seats\": \"twenty\"}",
            "{\"name\": \"Promo\", \"startDate\": \"2026-10-05\", \"seats\": 1e40}",
            "{\"name\": \"Promo\", \"startDate\": [2026, 10, 5], \"seats\": 20}",
            "{\"name\": {\"nested\": true}, \"startDate\": \"2026-10-05\", \"seats\": 20}",
            "{\"name\": \"Promo\", \"startDate\": \"2026-10-05\", \"seats\": 20, \"schoolId\": 42}",
            "{\"name\": \"Promo\"",
    })
    void a_malformed_body_is_a_400_problem(String body) {
        Api.Reply reply = integrator.post("/api/v1/cohorts", body);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.body()).doesNotContain("\tat ").doesNotContain("Exception");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "/api/v1/schools?page=-1",
            "/api/v1/schools?page=abc",
            "/api/v1/schools?size=0",
            "/api/v1/schools?size=99999999999",
            "/api/v1/schools?region=MARS",
            "/api/v1/cohorts?school=not-a-uuid",
            "/api/v1/cohorts?starts-from=31/12/2026",
            "/api/v1/indicators/network?as-of=tomorrow",
            "/api/v1/indicators/regions/ATLANTIS",
    })
    void a_malformed_query_is_a_400_naming_the_parameter(String path) {
        Api.Reply reply = integrator.header("Accept", "application/json").get(path);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.fieldsInError()).as(reply.toString()).isNotEmpty();
    }
}
