package org.tremplin.application.port.out;

import org.tremplin.application.port.in.StoredResponse;
import java.time.Instant;
import java.util.Optional;

/**
 * The idempotency keys callers sent, each kept with the request it was first used for and, once
 * done, the response to replay. A key belongs to one caller: (actor, key) is unique, and keys are
 * compared exactly (case, spaces and all).
 */
public interface IdempotencyRecords {
    /** Upper bound of a key's length, in characters (all ASCII). */
    int KEY_MAX_LENGTH = 255;
    /** Upper bound of a fingerprint's length, in characters. */
    int FINGERPRINT_MAX_LENGTH = 255;

    /**
     * Stores {@code claim} unless its actor already holds its key. Atomic, across processes too:
     * of several claims of one key at once, exactly one is stored.
     *
     * @return true when stored; false when the key was held already (whatever its state)
     */
    boolean claim(IdempotencyRecord claim);

    Optional<IdempotencyRecord> find(String actor, String key);

    /**
     * Attaches {@code response} to the actor's claim of the key.
     *
     * @return false, and nothing changed, when there is no claim of the key still without response
     */
    boolean complete(String actor, String key, StoredResponse response);

    /** Deletes the actor's claim of the key if it has no response yet; a completed record stays. */
    void release(String actor, String key);

    /** Deletes the actor's record of the key if it was created before {@code cutoff}, completed or not. */
    void expire(String actor, String key, Instant cutoff);

    /** Deletes at most {@code limit} records of any actor created before {@code cutoff}; returns how many. */
    int purgeCreatedBefore(Instant cutoff, int limit);
}
