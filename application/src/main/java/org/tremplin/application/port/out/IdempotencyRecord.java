package org.tremplin.application.port.out;

import org.tremplin.application.port.in.StoredResponse;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One caller's use of one idempotency key: the request it first came with and, once that request
 * is done, its response. Without a response, the key is claimed by a request still under way.
 *
 * @param actor the caller's pseudonymous name ({@link org.tremplin.domain.identity.Actor#name()}):
 *     keys of different callers never meet
 * @param key the key exactly as sent; case and spaces matter
 * @param requestFingerprint what identifies the request (method, path, body digest), as the driving
 *     adapter computes it
 */
public record IdempotencyRecord(String actor, String key, String requestFingerprint, Instant createdAt,
                                Optional<StoredResponse> response) {
    public IdempotencyRecord {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(requestFingerprint, "requestFingerprint");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(response, "response");
    }

    /** A new claim: a request under way, without response yet. */
    public static IdempotencyRecord claim(String actor, String key, String requestFingerprint, Instant createdAt) {
        return new IdempotencyRecord(actor, key, requestFingerprint, createdAt, Optional.empty());
    }

    public boolean isCompleted() {
        return response.isPresent();
    }

    /** Never the key nor the fingerprint in full: this may be logged. */
    @Override
    public String toString() {
        return "IdempotencyRecord[createdAt=" + createdAt + ", response=" + response + "]";
    }
}
