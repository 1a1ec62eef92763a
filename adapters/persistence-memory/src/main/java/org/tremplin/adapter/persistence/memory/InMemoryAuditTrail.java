package org.tremplin.adapter.persistence.memory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.tremplin.application.port.out.AuditEntry;
import org.tremplin.application.port.out.AuditTrail;
import org.tremplin.application.port.out.RecordedChange;

/**
 * The audit trail as a list, numbered by a counter; entries written inside a failed unit of work
 * are taken back with it, and their numbers are not reused, as a database's auto-increment does.
 */
public final class InMemoryAuditTrail implements AuditTrail {
    private final List<RecordedChange> entries = new ArrayList<>();
    private final InMemoryTransactions transactions;
    private long lastSequence;

    public InMemoryAuditTrail(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void record(AuditEntry entry) {
        transactions.write(() -> {
            RecordedChange recorded = new RecordedChange(++lastSequence, entry);
            entries.add(recorded);
            return new InMemoryTransactions.Write<>(entry, () -> entries.remove(recorded));
        });
    }

    @Override
    public List<AuditEntry> since(Instant since, int limit) {
        return transactions.read(() -> entries.stream()
                .map(RecordedChange::entry)
                .filter(entry -> !entry.at().isBefore(since))
                .sorted(Comparator.comparing(AuditEntry::at))
                .limit(limit)
                .toList());
    }

    /** Entries are appended in sequence order, so the list is already sorted. */
    @Override
    public List<RecordedChange> after(long sequence, int limit) {
        return transactions.read(() -> entries.stream()
                .filter(recorded -> recorded.sequence() > sequence)
                .limit(limit)
                .toList());
    }
}
