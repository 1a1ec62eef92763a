package org.tremplin.application.testing;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tremplin.application.port.out.IdempotencyRecord;
import org.tremplin.application.port.out.IdempotencyRecords;
import org.tremplin.application.port.in.StoredResponse;

/** Idempotency records in a map, for the service's unit tests; the adapters pass the port's contract. */
public final class MapIdempotencyRecords implements IdempotencyRecords {
    private final Map<List<String>, IdempotencyRecord> records = new HashMap<>();

    @Override
    public synchronized boolean claim(IdempotencyRecord claim) {
        return records.putIfAbsent(List.of(claim.actor(), claim.key()), claim) == null;
    }

    @Override
    public synchronized Optional<IdempotencyRecord> find(String actor, String key) {
        return Optional.ofNullable(records.get(List.of(actor, key)));
    }

    @Override
    public synchronized boolean complete(String actor, String key, StoredResponse response) {
        IdempotencyRecord held = records.get(List.of(actor, key));
        if (held == null || held.isCompleted()) {
            return false;
        }
        records.put(List.of(actor, key), new IdempotencyRecord(actor, key, held.requestFingerprint(), held.createdAt(),
                Optional.of(response)));
        return true;
    }

    @Override
    public synchronized void release(String actor, String key) {
        records.computeIfPresent(List.of(actor, key), (id, held) -> held.isCompleted() ? held : null);
    }

    @Override
    public synchronized void expire(String actor, String key, Instant cutoff) {
        records.computeIfPresent(List.of(actor, key), (id, held) -> held.createdAt().isBefore(cutoff) ? null : held);
    }

    @Override
    public synchronized int purgeCreatedBefore(Instant cutoff, int limit) {
        List<List<String>> expired = records.entrySet().stream()
                .filter(entry -> entry.getValue().createdAt().isBefore(cutoff))
                .sorted(Comparator.comparing(entry -> entry.getValue().createdAt()))
                .limit(limit).map(Map.Entry::getKey).toList();
        expired.forEach(records::remove);
        return expired.size();
    }

    public synchronized int size() {
        return records.size();
    }
}
