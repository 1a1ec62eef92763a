package org.tremplin.application.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tremplin.domain.identity.Actor;
import org.tremplin.domain.identity.Permission;
import org.tremplin.domain.error.ConflictException;
import org.tremplin.domain.error.ForbiddenException;
import org.tremplin.application.port.out.IdempotencyRecord;
import org.tremplin.application.port.in.StoredResponse;
import org.tremplin.application.testing.MapIdempotencyRecords;
import org.tremplin.application.testing.TestUseCases;
import org.tremplin.domain.error.ErrorCodes;
import org.tremplin.domain.error.ErrorKind;
import org.tremplin.domain.error.InvalidValueException;
import org.tremplin.domain.error.RuleViolationException;

class IdempotentRequestsServiceTest {
    private static final Actor INTEGRATOR = integrator("token-1");
    private static final String KEY = "8e03978e-40d5-43e8-bc93-6894a57f9324";
    private static final String CREATE_SCHOOL = "POST /api/v1/schools sha256=9f86d081";
    private static final StoredResponse CREATED = new StoredResponse(201, "application/json",
            Map.of("Location", "/api/v1/schools/42"), "{\"id\":42}".getBytes(StandardCharsets.UTF_8));

    private TestUseCases useCases;
    private MapIdempotencyRecords records;
    private IdempotentRequests requests;

    @BeforeEach
    void anIntegratorWithoutKeys() {
        useCases = new TestUseCases();
        records = new MapIdempotencyRecords();
        requests = new IdempotentRequestsService(records, useCases.support());
        useCases.callAs(INTEGRATOR);
    }

    @Test
    void a_new_key_is_fresh_and_once_completed_replays_its_response() {
        assertThat(requests.claim(KEY, CREATE_SCHOOL)).isEqualTo(new IdempotencyClaim.Fresh());
        requests.complete(KEY, CREATED);

        assertThat(requests.claim(KEY, CREATE_SCHOOL)).isEqualTo(new IdempotencyClaim.Replay(CREATED));
        assertThat(requests.claim(KEY, CREATE_SCHOOL)).isEqualTo(new IdempotencyClaim.Replay(CREATED));
    }

    @Test
    void a_key_still_running_is_a_conflict() {
        requests.claim(KEY, CREATE_SCHOOL);

        assertThatThrownBy(() -> requests.claim(KEY, CREATE_SCHOOL)).isInstanceOfSatisfying(ConflictException.class,
                conflict -> {
                    assertThat(conflict.code()).isEqualTo(ErrorCodes.IDEMPOTENCY_IN_PROGRESS);
                    assertThat(conflict.field()).contains(IdempotentRequests.KEY_FIELD);
                    assertThat(conflict.getMessage()).doesNotContain(KEY);
                });
    }

    @Test
    void a_key_reused_for_another_request_is_refused_whether_running_or_done() {
        requests.claim(KEY, CREATE_SCHOOL);

        assertThatThrownBy(() -> requests.claim(KEY, "POST /api/v1/partners sha256=aa")).isInstanceOfSatisfying(
                RuleViolationException.class, refused -> {
                    assertThat(refused.code()).isEqualTo(ErrorCodes.IDEMPOTENCY_KEY_REUSED);
                    assertThat(refused.kind()).isEqualTo(ErrorKind.RULE_VIOLATED);
                });
        requests.complete(KEY, CREATED);
        assertThatThrownBy(() -> requests.claim(KEY, "POST /api/v1/partners sha256=aa"))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void a_released_key_runs_afresh_but_a_completed_one_is_never_released() {
        requests.claim(KEY, CREATE_SCHOOL);
        requests.release(KEY);

        assertThat(requests.claim(KEY, "another request after the release")).isEqualTo(new IdempotencyClaim.Fresh());
        requests.complete(KEY, CREATED);
        requests.release(KEY);
        assertThat(requests.claim(KEY, "another request after the release")).isEqualTo(new IdempotencyClaim.Replay(CREATED));
        requests.release("never-claimed");
    }

    @Test
    void two_callers_never_see_each_others_keys() {
        requests.claim(KEY, CREATE_SCHOOL);
        requests.complete(KEY, CREATED);

        useCases.callAs(integrator("token-2"));

        assertThat(requests.claim(KEY, "something else entirely")).isEqualTo(new IdempotencyClaim.Fresh());
        assertThatThrownBy(() -> requests.claim(KEY, "something else entirely")).isInstanceOf(ConflictException.class);
    }

    @Test
    void a_key_is_kept_24_hours_then_counts_as_never_used() {
        requests.claim(KEY, CREATE_SCHOOL);
        requests.complete(KEY, CREATED);
        var claimedAt = useCases.clock().instant();

        useCases.clock().set(claimedAt.plus(IdempotentRequests.RETENTION));
        assertThat(requests.claim(KEY, CREATE_SCHOOL)).isEqualTo(new IdempotencyClaim.Replay(CREATED));
        useCases.clock().set(claimedAt.plus(IdempotentRequests.RETENTION).plusNanos(1_000));
        assertThat(requests.claim(KEY, "a new request with an old key")).isEqualTo(new IdempotencyClaim.Fresh());
        assertThat(records.find(INTEGRATOR.name(), KEY).orElseThrow().createdAt()).isEqualTo(useCases.clock().instant());
    }

    @Test
    void keys_are_stamped_in_whole_microseconds_as_a_database_keeps_them() {
        useCases.clock().set(useCases.clock().instant().plusNanos(1_999));

        requests.claim(KEY, CREATE_SCHOOL);

        assertThat(records.find(INTEGRATOR.name(), KEY).orElseThrow().createdAt())
                .isEqualTo(useCases.clock().instant().minusNanos(999));
    }

    @Test
    void claims_delete_expired_keys_of_every_caller_as_they_come_by() {
        records.claim(IdempotencyRecord.claim("token-9", "old", CREATE_SCHOOL,
                useCases.clock().instant().minus(Duration.ofHours(25))));
        records.claim(IdempotencyRecord.claim("token-9", "recent", CREATE_SCHOOL,
                useCases.clock().instant().minus(Duration.ofHours(23))));

        requests.claim(KEY, CREATE_SCHOOL);

        assertThat(records.find("token-9", "old")).isEmpty();
        assertThat(records.find("token-9", "recent")).isPresent();
    }

    @Test
    void completing_a_key_that_waits_for_no_response_is_a_conflict() {
        assertThatThrownBy(() -> requests.complete(KEY, CREATED)).isInstanceOfSatisfying(ConflictException.class,
                conflict -> assertThat(conflict.code()).isEqualTo(ErrorCodes.IDEMPOTENCY_NOT_CLAIMED));
        requests.claim(KEY, CREATE_SCHOOL);
        requests.complete(KEY, CREATED);
        assertThatThrownBy(() -> requests.complete(KEY, new StoredResponse(500, null, Map.of(), new byte[0])))
                .isInstanceOfSatisfying(ConflictException.class,
                        conflict -> assertThat(conflict.code()).isEqualTo(ErrorCodes.IDEMPOTENCY_NOT_CLAIMED));
        assertThat(requests.claim(KEY, CREATE_SCHOOL)).isEqualTo(new IdempotencyClaim.Replay(CREATED));
    }

    @Test
    void keys_leave_no_trace_in_the_audit_trail() {
        requests.claim(KEY, CREATE_SCHOOL);
        requests.complete(KEY, CREATED);
        requests.claim("other", CREATE_SCHOOL);
        requests.release("other");

        assertThat(useCases.auditTrail().entries()).isEmpty();
    }

    @Test
    void a_caller_allowed_nothing_has_no_keys() {
        useCases.callAs(Actor.anonymous());

        assertThatThrownBy(() -> requests.claim(KEY, CREATE_SCHOOL)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> requests.complete(KEY, CREATED)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> requests.release(KEY)).isInstanceOf(ForbiddenException.class);
        assertThat(records.size()).isZero();
    }

    @Test
    void a_key_is_1_to_255_printable_ascii_characters() {
        String longest = "~".repeat(255);

        assertThat(requests.claim(longest, CREATE_SCHOOL)).isEqualTo(new IdempotencyClaim.Fresh());
        assertThat(requests.claim(" !\"#$%&'()*+,-./09:;<=>?@AZ[\\]^_`az{|}~", CREATE_SCHOOL))
                .isEqualTo(new IdempotencyClaim.Fresh());
        assertInvalidKey(null, ErrorCodes.REQUIRED);
        assertInvalidKey("", ErrorCodes.REQUIRED);
        assertInvalidKey(longest + "~", ErrorCodes.TOO_LONG);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tab\there", "new\nline", "clé", "del\u007f", "emoji-🔑"})
    void a_key_with_other_characters_is_refused_without_being_repeated(String key) {
        assertInvalidKey(key, ErrorCodes.BAD_FORMAT);
        assertThat(records.size()).isZero();
    }

    @Test
    void a_fingerprint_is_required() {
        assertThatThrownBy(() -> requests.claim(KEY, " ")).isInstanceOfSatisfying(InvalidValueException.class,
                invalid -> assertThat(invalid.field()).contains("requestFingerprint"));
        assertThatThrownBy(() -> requests.claim("", null)).isInstanceOfSatisfying(InvalidValueException.class,
                invalid -> assertThat(invalid.violations()).hasSize(2));
    }

    private void assertInvalidKey(String key, String code) {
        assertThatThrownBy(() -> requests.claim(key, CREATE_SCHOOL)).isInstanceOfSatisfying(InvalidValueException.class,
                invalid -> {
                    assertThat(invalid.field()).contains(IdempotentRequests.KEY_FIELD);
                    assertThat(invalid.code()).isEqualTo(code);
                    if (key != null && !key.isEmpty()) {
                        assertThat(invalid.getMessage()).doesNotContain(key);
                    }
                });
    }

    private static Actor integrator(String name) {
        return new Actor(name, EnumSet.of(Permission.READ_NETWORK, Permission.MANAGE_NETWORK), Optional.empty());
    }
}
