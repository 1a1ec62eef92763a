package org.tremplin.application.idempotency;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.tremplin.domain.identity.Actor;
import org.tremplin.domain.error.ConflictException;
import org.tremplin.domain.error.ForbiddenException;
import org.tremplin.application.common.InputCheck;
import org.tremplin.application.port.out.IdempotencyRecord;
import org.tremplin.application.port.out.IdempotencyRecords;
import org.tremplin.application.port.in.StoredResponse;
import org.tremplin.application.support.UseCaseSupport;
import org.tremplin.domain.error.ErrorCodes;
import org.tremplin.domain.error.InvalidValueException;
import org.tremplin.domain.error.RuleViolationException;

/**
 * Idempotency keys over the {@link IdempotencyRecords} port. Keys are no record of the network:
 * nothing here reaches the audit trail. Expired keys are deleted as claims come by (the claimed
 * one, and a few of the oldest), so that no scheduled job is needed.
 *
 * @see "docs/adr/0006-change-tracking.md"
 */
public final class IdempotentRequestsService implements IdempotentRequests {
    /** How many expired keys one claim deletes at most, so that no claim waits long for the clean-up. */
    static final int PURGE_BATCH = 100;
    private final IdempotencyRecords records;
    private final UseCaseSupport support;

    public IdempotentRequestsService(IdempotencyRecords records, UseCaseSupport support) {
        this.records = Objects.requireNonNull(records);
        this.support = Objects.requireNonNull(support);
    }

    @Override
    public IdempotencyClaim claim(String key, String requestFingerprint) {
        String actor = caller();
        var check = new InputCheck();
        check.field(() -> readKey(key));
        check.field(() -> readFingerprint(requestFingerprint));
        check.complete();
        // Whole microseconds, what a database keeps: every adapter stores the very instant given.
        Instant now = support.now().truncatedTo(ChronoUnit.MICROS);
        Instant expired = now.minus(RETENTION);
        // Expired keys count as never used. They go in a unit of work of their own, before the claim: the
        // claim then only inserts, and two claims of one key cannot deadlock on what a delete locked
        // (a database locks the gap where a missing row would be). A failed clean-up fails the request
        // before anything is claimed.
        support.writeWithoutAudit(() -> {
            records.expire(actor, key, expired);
            return records.purgeCreatedBefore(expired, PURGE_BATCH);
        });
        return support.writeWithoutAudit(() -> {
            if (records.claim(IdempotencyRecord.claim(actor, key, requestFingerprint, now))) {
                return new IdempotencyClaim.Fresh();
            }
            IdempotencyRecord held = records.find(actor, key).orElseThrow(IdempotentRequestsService::inProgress);
            if (!held.requestFingerprint().equals(requestFingerprint)) {
                throw new RuleViolationException(KEY_FIELD, ErrorCodes.IDEMPOTENCY_KEY_REUSED,
                        "this Idempotency-Key was used for another request; use a new key for a new request");
            }
            return held.response().<IdempotencyClaim>map(response -> new IdempotencyClaim.Replay(response))
                    .orElseThrow(IdempotentRequestsService::inProgress);
        });
    }

    @Override
    public void complete(String key, StoredResponse response) {
        String actor = caller();
        readKey(key);
        Objects.requireNonNull(response, "response");
        boolean completed = support.writeWithoutAudit(() -> records.complete(actor, key, response));
        if (!completed) {
            throw new ConflictException(ErrorCodes.IDEMPOTENCY_NOT_CLAIMED, KEY_FIELD,
                    "this Idempotency-Key has no request waiting for its response: it was released, completed or expired");
        }
    }

    @Override
    public void release(String key) {
        String actor = caller();
        readKey(key);
        support.writeWithoutAudit(() -> {
            records.release(actor, key);
            return null;
        });
    }

    /**
     * The name the caller's keys are kept under. A caller allowed nothing is refused: anonymous
     * callers share one name, and would see each other's responses.
     */
    private String caller() {
        Actor actor = support.actor();
        if (actor.permissions().isEmpty()) {
            throw new ForbiddenException(ErrorCodes.PERMISSION_MISSING, "idempotency keys are for callers who may act");
        }
        return actor.name();
    }

    /** 1 to 255 printable ASCII characters. Messages never repeat the key. */
    private static String readKey(String key) {
        if (key == null || key.isEmpty()) {
            throw new InvalidValueException(KEY_FIELD, ErrorCodes.REQUIRED, "the Idempotency-Key is required");
        }
        if (key.length() > IdempotencyRecords.KEY_MAX_LENGTH) {
            throw new InvalidValueException(KEY_FIELD, ErrorCodes.TOO_LONG,
                    "the Idempotency-Key must be at most " + IdempotencyRecords.KEY_MAX_LENGTH + " characters");
        }
        if (!key.chars().allMatch(character -> character >= 0x20 && character <= 0x7e)) {
            throw new InvalidValueException(KEY_FIELD, ErrorCodes.BAD_FORMAT,
                    "the Idempotency-Key must be printable ASCII characters");
        }
        return key;
    }

    private static String readFingerprint(String fingerprint) {
        if (fingerprint == null || fingerprint.isBlank()) {
            throw new InvalidValueException("requestFingerprint", ErrorCodes.REQUIRED, "the request fingerprint is required");
        }
        if (fingerprint.length() > IdempotencyRecords.FINGERPRINT_MAX_LENGTH) {
            throw new InvalidValueException("requestFingerprint", ErrorCodes.TOO_LONG, "the request fingerprint must be at most "
                    + IdempotencyRecords.FINGERPRINT_MAX_LENGTH + " characters");
        }
        return fingerprint;
    }

    private static ConflictException inProgress() {
        return new ConflictException(ErrorCodes.IDEMPOTENCY_IN_PROGRESS, KEY_FIELD,
                "the first request with this Idempotency-Key is still running; try again once it is done");
    }
}
