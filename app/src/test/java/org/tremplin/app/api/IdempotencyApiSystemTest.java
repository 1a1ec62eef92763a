package org.tremplin.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tremplin.domain.identity.Permission;

/** POST with Idempotency-Key, as the IETF draft describes it. */
class IdempotencyApiSystemTest {
    private static String token;

    @BeforeAll
    static void token() {
        token = Tokens.withScopes(Permission.READ_NETWORK, Permission.MANAGE_NETWORK);
    }

    private static String school(String name) {
        return """
                {"name": "%s", "town": "Toulouse", "region": "OCCITANIE", "departement": "31"}""".formatted(name);
    }

    @Test
    void the_same_key_and_payload_get_the_first_response_and_create_nothing_more() {
        String name = Fixtures.unique("École IA Toulouse");
        Api caller = Api.withToken(token).header("Idempotency-Key", "create-" + System.nanoTime());

        Api.Reply first = caller.post("/api/v1/schools", school(name));
        Api.Reply again = caller.post("/api/v1/schools", school(name));

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.location()).isEqualTo(first.location());
        assertThat(again.etag()).isEqualTo(first.etag());
        assertThat(again.json().get("id").getStringValue()).isEqualTo(first.json().get("id").getStringValue());
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        Api.Reply listed = Api.withToken(token).get("/api/v1/schools?text=" + Api.queryValue(name));
        assertThat(listed.json().get("totalItems").getLongValue()).isEqualTo(1);
    }

    @Test
    void the_same_key_with_another_payload_is_a_422() {
        Api caller = Api.withToken(token).header("Idempotency-Key", "reuse-" + System.nanoTime());

        caller.post("/api/v1/schools", school(Fixtures.unique("École IA Albi")));
        Api.Reply reused = caller.post("/api/v1/schools", school(Fixtures.unique("École IA Rodez")));

        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.json().get("code").getStringValue()).isEqualTo("idempotency.key-reused");
    }

    @Test
    void a_refused_request_frees_its_key_for_a_corrected_retry() {
        Api caller = Api.withToken(token).header("Idempotency-Key", "retry-" + System.nanoTime());

        Api.Reply refused = caller.post("/api/v1/schools", """
                {"name": "École IA Tarbes", "town": "Tarbes", "region": "OCCITANIE", "departement": "99"}""");
        Api.Reply corrected = caller.post("/api/v1/schools", school(Fixtures.unique("École IA Tarbes")));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(201);
    }

    @Test
    void keys_belong_to_their_caller() {
        String key = "shared-" + System.nanoTime();
        String name = Fixtures.unique("École IA Auch");

        Api.Reply mine = Api.withToken(token).header("Idempotency-Key", key).post("/api/v1/schools", school(name));
        Api.Reply theirs = Api.withToken(Tokens.withScopes(Permission.READ_NETWORK, Permission.MANAGE_NETWORK))
                .header("Idempotency-Key", key).post("/api/v1/schools", school(name + " bis"));

        assertThat(mine.status()).isEqualTo(201);
        assertThat(theirs.status()).isEqualTo(201);
        assertThat(theirs.location()).isNotEqualTo(mine.location());
    }
}
