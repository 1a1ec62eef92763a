package org.tremplin.application.change;

import java.time.Instant;
import java.util.Objects;

/**
 * One record that changed: which one, how and when. Identifiers only; the record itself is read
 * through its own use case, with its own checks.
 *
 * @param sequence the change's place in the feed
 * @param action a verb such as {@code learner.dropped-out}
 * @param recordType the kind of record, such as {@code learner} or {@code work-study-contract}
 */
public record Change(long sequence, Instant at, String action, String recordType, String recordId) {
    public Change {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(recordType, "recordType");
        Objects.requireNonNull(recordId, "recordId");
    }
}
