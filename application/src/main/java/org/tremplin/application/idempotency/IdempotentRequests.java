package org.tremplin.application.idempotency;

import org.tremplin.domain.error.ErrorCodes;
import java.time.Duration;
import org.tremplin.application.port.in.StoredResponse;

/**
 * Inbound port: idempotency keys, as the IETF draft "The Idempotency-Key HTTP Header Field"
 * describes them. A driving adapter claims the key a request carries before running it; runs it
 * only on a {@link IdempotencyClaim.Fresh} claim; then completes the key with the response, or
 * releases it when no response should be kept (the request could not run, say), so that a retry
 * runs afresh. Keys belong to the calling actor: two callers may use the same key without ever
 * seeing each other's responses; a caller allowed nothing (anonymous) has no keys and is refused
 * ({@link org.tremplin.domain.error.ForbiddenException}). A key and its response are kept for
 * {@link #RETENTION} from the claim, then count as never used.
 */
public interface IdempotentRequests {
    /** The field errors about the key name: the header it comes in. */
    String KEY_FIELD = "Idempotency-Key";
    Duration RETENTION = Duration.ofHours(24);

    /**
     * Claims {@code key} for the request {@code requestFingerprint} identifies, atomically: of
     * concurrent claims of one key, one alone is fresh.
     *
     * @param key 1 to 255 printable ASCII characters (an invalid-value error on field {@value #KEY_FIELD})
     * @param requestFingerprint what identifies the request: method, path and a digest of the body, say
     * @return fresh: run the request; replay: answer with the response kept
     * @throws org.tremplin.domain.error.RuleViolationException code {@value ErrorCodes#IDEMPOTENCY_KEY_REUSED}, when the key
     *     was used for another request
     * @throws org.tremplin.domain.error.ConflictException code {@value ErrorCodes#IDEMPOTENCY_IN_PROGRESS}, when the
     *     key's first request has not completed yet
     */
    IdempotencyClaim claim(String key, String requestFingerprint);

    /**
     * Keeps {@code response} for the key claimed fresh, to replay it to every retry.
     *
     * @throws org.tremplin.domain.error.ConflictException code {@value ErrorCodes#IDEMPOTENCY_NOT_CLAIMED}, when the
     *     key has no claim waiting for its response
     */
    void complete(String key, StoredResponse response);

    /** Forgets a claim that has no response yet, so that a retry runs afresh; a completed key stays. */
    void release(String key);
}
