package org.tremplin.application.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.tremplin.application.port.out.AuditEntry;
import org.tremplin.application.port.out.AuditTrail;
import org.tremplin.application.port.out.RecordedChange;

/** An audit trail in a list, numbered from 1 in the order entries are written. */
public final class ListAuditTrail implements AuditTrail {
    private final List<RecordedChange> entries = new ArrayList<>();

    @Override
    public synchronized void record(AuditEntry entry) {
        entries.add(new RecordedChange(entries.size() + 1, entry));
    }

    @Override
    public synchronized List<AuditEntry> since(Instant since, int limit) {
        return entries.stream().map(RecordedChange::entry).filter(entry -> !entry.at().isBefore(since))
                .sorted(Comparator.comparing(AuditEntry::at)).limit(limit).toList();
    }

    @Override
    public synchronized List<RecordedChange> after(long sequence, int limit) {
        return entries.stream().filter(recorded -> recorded.sequence() > sequence).limit(limit).toList();
    }

    public synchronized List<AuditEntry> entries() {
        return entries.stream().map(RecordedChange::entry).toList();
    }
}
