package org.tremplin.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.tremplin.application.port.out.IdempotencyRecord;
import org.tremplin.application.port.in.StoredResponse;

public abstract class IdempotencyRecordsPortContract extends PortContract {
    private static final Instant NOW = AdjustableClock.START;
    private static final String FINGERPRINT = "POST /api/v1/schools sha256=4f2a";

    @Test
    void a_key_is_claimed_once_per_actor_and_found_as_claimed() {
        IdempotencyRecord claim = IdempotencyRecord.claim("token-1", "key-1", FINGERPRINT, NOW);

        assertThat(ports.idempotencyRecords().claim(claim)).isTrue();
        assertThat(ports.idempotencyRecords().claim(IdempotencyRecord.claim("token-1", "key-1", "another", NOW)))
                .isFalse();
        assertThat(ports.idempotencyRecords().claim(IdempotencyRecord.claim("token-2", "key-1", FINGERPRINT, NOW)))
                .isTrue();

        assertThat(ports.idempotencyRecords().find("token-1", "key-1")).contains(claim);
        assertThat(ports.idempotencyRecords().find("token-3", "key-1")).isEmpty();
    }

    @Test
    void keys_and_actors_compare_exactly() {
        ports.idempotencyRecords().claim(IdempotencyRecord.claim("token-1", "abc", FINGERPRINT, NOW));

        for (String other : List.of("ABC", "abc ", " abc", "àbc")) {
            assertThat(ports.idempotencyRecords().claim(IdempotencyRecord.claim("token-1", other, FINGERPRINT, NOW)))
                    .as(other).isTrue();
        }
        assertThat(ports.idempotencyRecords().claim(IdempotencyRecord.claim("Token-1", "abc", FINGERPRINT, NOW))).isTrue();
        assertThat(ports.idempotencyRecords().claim(IdempotencyRecord.claim("token-1 ", "abc", FINGERPRINT, NOW))).isTrue();
        assertThat(ports.idempotencyRecords().find("token-1", "ABC").orElseThrow().key()).isEqualTo("ABC");
    }

    @Test
    void a_completed_claim_keeps_the_whole_response_once() {
        ports.idempotencyRecords().claim(IdempotencyRecord.claim("token-1", "key-1", FINGERPRINT, NOW));
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Location", "/api/v1/schools/0190a1b2-0000-7000-8000-000000000001");
        headers.put("X-Note", "é & = % ; \"quoted\"\tand, commas");
        headers.put("Empty", "");
        byte[] body = new byte[256 * 1024];
        for (int i = 0; i < body.length; i++) {
            body[i] = (byte) i;
        }
        StoredResponse response = new StoredResponse(201, "application/json; charset=utf-8", headers, body);

        assertThat(ports.idempotencyRecords().complete("token-1", "key-1", response)).isTrue();
        assertThat(ports.idempotencyRecords().complete("token-1", "key-1",
                new StoredResponse(500, null, Map.of(), new byte[0]))).isFalse();
        assertThat(ports.idempotencyRecords().complete("token-1", "never-claimed", response)).isFalse();

        IdempotencyRecord found = ports.idempotencyRecords().find("token-1", "key-1").orElseThrow();
        assertThat(found.response()).contains(response);
        assertThat(found.response().orElseThrow().headers().keySet()).containsExactly("Location", "X-Note", "Empty");
        assertThat(found.requestFingerprint()).isEqualTo(FINGERPRINT);
        assertThat(found.createdAt()).isEqualTo(NOW);
    }

    @Test
    void a_response_may_have_no_content_type_headers_nor_body() {
        ports.idempotencyRecords().claim(IdempotencyRecord.claim("token-1", "key-1", FINGERPRINT, NOW));
        StoredResponse noContent = new StoredResponse(204, null, Map.of(), new byte[0]);

        ports.idempotencyRecords().complete("token-1", "key-1", noContent);

        assertThat(ports.idempotencyRecords().find("token-1", "key-1").orElseThrow().response()).contains(noContent);
    }

    @Test
    void release_forgets_a_claim_still_running_but_never_a_completed_one() {
        ports.idempotencyRecords().claim(IdempotencyRecord.claim("token-1", "running", FINGERPRINT, NOW));
        ports.idempotencyRecords().claim(IdempotencyRecord.claim("token-1", "done", FINGERPRINT, NOW));
        ports.idempotencyRecords().complete("token-1", "done", new StoredResponse(200, null, Map.of(), new byte[0]));

        ports.idempotencyRecords().release("token-1", "running");
        ports.idempotencyRecords().release("token-1", "done");
        ports.idempotencyRecords().release("token-1", "unknown");

        assertThat(ports.idempotencyRecords().find("token-1", "running")).isEmpty();
        assertThat(ports.idempotencyRecords().find("token-1", "done")).isPresent();
        assertThat(ports.idempotencyRecords().claim(IdempotencyRecord.claim("token-1", "running", FINGERPRINT, NOW)))
                .isTrue();
    }

    @Test
    void expire_deletes_the_actors_key_only_when_created_before_the_cutoff() {
        Instant old = NOW.minus(Duration.ofHours(25));
        ports.idempotencyRecords().claim(IdempotencyRecord.claim("token-1", "old", FINGERPRINT, old));
        ports.idempotencyRecords().claim(IdempotencyRecord.claim("token-1", "recent", FINGERPRINT, NOW));
        ports.idempotencyRecords().claim(IdempotencyRecord.claim("token-2", "old", FINGERPRINT, old));
        Instant cutoff = NOW.minus(Duration.ofHours(24));

        ports.idempotencyRecords().expire("token-1", "old", cutoff);
        ports.idempotencyRecords().expire("token-1", "recent", cutoff);
        ports.idempotencyRecords().expire("token-1", "unknown", cutoff);

        assertThat(ports.idempotencyRecords().find("token-1", "old")).isEmpty();
        assertThat(ports.idempotencyRecords().find("token-1", "recent")).isPresent();
        assertThat(ports.idempotencyRecords().find("token-2", "old")).isPresent();
        ports.idempotencyRecords().expire("token-1", "recent", NOW.plusNanos(1_000));
        assertThat(ports.idempotencyRecords().find("token-1", "recent")).isEmpty();
    }

    @Test
    void purge_deletes_the_oldest_records_created_before_the_cutoff_up_to_a_limit() {
        for (int hour = 30; hour > 25; hour--) {
            ports.idempotencyRecords().claim(IdempotencyRecord.claim("token-" + hour, "key", FINGERPRINT,
                    NOW.minus(Duration.ofHours(hour))));
        }
        ports.idempotencyRecords().claim(IdempotencyRecord.claim("token-recent", "key", FINGERPRINT, NOW));
        Instant cutoff = NOW.minus(Duration.ofHours(24));

        assertThat(ports.idempotencyRecords().purgeCreatedBefore(cutoff, 2)).isEqualTo(2);

        assertThat(ports.idempotencyRecords().find("token-30", "key")).isEmpty();
        assertThat(ports.idempotencyRecords().find("token-29", "key")).isEmpty();
        assertThat(ports.idempotencyRecords().find("token-28", "key")).isPresent();
        assertThat(ports.idempotencyRecords().purgeCreatedBefore(cutoff, 100)).isEqualTo(3);
        assertThat(ports.idempotencyRecords().purgeCreatedBefore(cutoff, 100)).isZero();
        assertThat(ports.idempotencyRecords().find("token-recent", "key")).isPresent();
    }

    @Test
    void a_claim_inside_a_failed_unit_of_work_is_undone() {
        assertThatThrownBy(() -> ports.transactions().run(() -> {
            ports.idempotencyRecords().claim(IdempotencyRecord.claim("token-1", "key-1", FINGERPRINT, NOW));
            throw new IllegalStateException("the unit of work fails");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(ports.idempotencyRecords().find("token-1", "key-1")).isEmpty();
    }

    @Test
    void of_concurrent_claims_of_one_key_exactly_one_wins() throws Exception {
        int claimants = 8;
        ExecutorService pool = Executors.newFixedThreadPool(claimants);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> outcomes = new ArrayList<>();
            for (int i = 0; i < claimants; i++) {
                String fingerprint = "request " + i;
                Callable<Boolean> claim = () -> {
                    start.await();
                    return ports.transactions().inTransaction(() -> ports.idempotencyRecords().claim(
                            IdempotencyRecord.claim("token-1", "contended", fingerprint, NOW)));
                };
                outcomes.add(pool.submit(claim));
            }
            start.countDown();
            List<Boolean> won = new ArrayList<>();
            for (Future<Boolean> outcome : outcomes) {
                won.add(outcome.get());
            }

            assertThat(won).containsOnlyOnce(true);
            assertThat(ports.idempotencyRecords().find("token-1", "contended")).isPresent();
        } finally {
            pool.shutdownNow();
        }
    }
}
