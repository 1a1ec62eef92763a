package org.tremplin.adapter.persistence.memory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.tremplin.application.port.out.AuditEntry;
import org.tremplin.application.port.out.AuditTrail;

/** The audit trail as a list; entries written inside a failed unit of work are taken back with it. */
public final class InMemoryAuditTrail implements AuditTrail {
    private final List<AuditEntry> entries = new ArrayList<>();
    private final InMemoryTransactions transactions;

    public InMemoryAuditTrail(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void record(AuditEntry entry) {
        transactions.write(() -> {
            entries.add(entry);
            int index = entries.size() - 1;
            return new InMemoryTransactions.Write<>(entry, () -> entries.remove(index));
        });
    }

    @Override
    public List<AuditEntry> since(Instant since, int limit) {
        return transactions.read(() -> entries.stream()
                .filter(entry -> !entry.at().isBefore(since))
                .sorted((a, b) -> a.at().compareTo(b.at()))
                .limit(limit)
                .toList());
    }
}
