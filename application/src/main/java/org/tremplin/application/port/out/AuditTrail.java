package org.tremplin.application.port.out;

import java.time.Instant;
import java.util.List;

/** An append-only record of changes, read oldest first. */
public interface AuditTrail {
    void record(AuditEntry entry);

    /** Entries at or after {@code since}, oldest first, at most {@code limit} of them. */
    List<AuditEntry> since(Instant since, int limit);

    /**
     * Entries whose sequence is greater than {@code sequence}, in ascending sequence, at most
     * {@code limit} of them. Sequences may have gaps (an entry of a unit of work that failed takes
     * its number with it); among units of work under way at once, one that commits later may hold
     * a smaller sequence than one already visible.
     */
    List<RecordedChange> after(long sequence, int limit);
}
