package org.tremplin.application.port.out;

import java.time.Instant;
import java.util.Objects;

/**
 * Who changed what, when. Holds identifiers only, never personal data, so that the trail itself
 * needs no special protection.
 *
 * @param actor the pseudonymous name of the caller ({@link org.tremplin.domain.identity.Actor#name()})
 * @param action a verb such as {@code learner.dropped-out}
 */
public record AuditEntry(Instant at, String actor, String action, String recordType, String recordId) {
    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(recordType, "recordType");
        Objects.requireNonNull(recordId, "recordId");
    }
}
