package org.tremplin.application.port.out;

import java.time.Instant;
import java.util.List;

/** An append-only record of changes, read oldest first. */
public interface AuditTrail {
    void record(AuditEntry entry);

    /** Entries at or after {@code since}, oldest first, at most {@code limit} of them. */
    List<AuditEntry> since(Instant since, int limit);
}
