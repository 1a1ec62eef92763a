package org.tremplin.adapter.persistence.memory;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.tremplin.application.port.out.IdempotencyRecord;
import org.tremplin.application.port.out.IdempotencyRecords;
import org.tremplin.application.port.in.StoredResponse;

/**
 * Idempotency keys in a map keyed by caller and key, compared exactly. The store's one lock makes
 * a claim atomic; writes inside a failed unit of work are taken back with it.
 */
public final class InMemoryIdempotencyRecords implements IdempotencyRecords {
    private final Map<Key, IdempotencyRecord> records = new LinkedHashMap<>();
    private final InMemoryTransactions transactions;

    public InMemoryIdempotencyRecords(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public boolean claim(IdempotencyRecord claim) {
        Objects.requireNonNull(claim, "claim");
        Key key = new Key(claim.actor(), claim.key());
        return transactions.write(() -> {
            if (records.containsKey(key)) {
                return new InMemoryTransactions.Write<>(false, () -> { });
            }
            records.put(key, claim);
            return new InMemoryTransactions.Write<>(true, () -> records.remove(key));
        });
    }

    @Override
    public Optional<IdempotencyRecord> find(String actor, String key) {
        return transactions.read(() -> Optional.ofNullable(records.get(new Key(actor, key))));
    }

    @Override
    public boolean complete(String actor, String key, StoredResponse response) {
        Objects.requireNonNull(response, "response");
        Key id = new Key(actor, key);
        return transactions.write(() -> {
            IdempotencyRecord held = records.get(id);
            if (held == null || held.isCompleted()) {
                return new InMemoryTransactions.Write<>(false, () -> { });
            }
            records.put(id, new IdempotencyRecord(held.actor(), held.key(), held.requestFingerprint(), held.createdAt(),
                    Optional.of(response)));
            return new InMemoryTransactions.Write<>(true, () -> records.put(id, held));
        });
    }

    @Override
    public void release(String actor, String key) {
        Key id = new Key(actor, key);
        transactions.write(() -> {
            IdempotencyRecord held = records.get(id);
            if (held == null || held.isCompleted()) {
                return new InMemoryTransactions.Write<>(null, () -> { });
            }
            records.remove(id);
            return new InMemoryTransactions.Write<>(null, () -> records.put(id, held));
        });
    }

    @Override
    public void expire(String actor, String key, Instant cutoff) {
        Key id = new Key(actor, key);
        transactions.write(() -> {
            IdempotencyRecord held = records.get(id);
            if (held == null || !held.createdAt().isBefore(cutoff)) {
                return new InMemoryTransactions.Write<>(null, () -> { });
            }
            records.remove(id);
            return new InMemoryTransactions.Write<>(null, () -> records.put(id, held));
        });
    }

    @Override
    public int purgeCreatedBefore(Instant cutoff, int limit) {
        return transactions.inTransaction(() -> {
            List<IdempotencyRecord> expired = transactions.read(() -> records.values().stream()
                    .filter(held -> held.createdAt().isBefore(cutoff))
                    .sorted(Comparator.comparing(IdempotencyRecord::createdAt))
                    .limit(limit)
                    .toList());
            expired.forEach(held -> expire(held.actor(), held.key(), cutoff));
            return expired.size();
        });
    }

    /** A caller's key: keys of different callers never meet. */
    private record Key(String actor, String key) {
        Key {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(key, "key");
        }
    }
}
