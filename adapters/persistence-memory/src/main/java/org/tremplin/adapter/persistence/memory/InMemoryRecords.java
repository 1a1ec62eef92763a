package org.tremplin.adapter.persistence.memory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.tremplin.domain.error.ConflictException;
import org.tremplin.domain.error.NotFoundException;
import org.tremplin.application.common.Page;
import org.tremplin.application.common.PageRequest;

/**
 * The records of one type, with the semantics the repository ports promise: versioned saves,
 * unique keys, all-or-nothing batches, stable paging, and the instant of each record's last write
 * for the "updated since" filters.
 */
final class InMemoryRecords<I, T> {
    private final RecordShape<I, T> shape;
    private final InMemoryTransactions transactions;
    private final Map<I, Stored<T>> records = new LinkedHashMap<>();

    InMemoryRecords(RecordShape<I, T> shape, InMemoryTransactions transactions) {
        this.shape = shape;
        this.transactions = transactions;
    }

    Optional<T> find(I id) {
        Objects.requireNonNull(id, "id");
        return transactions.read(() -> Optional.ofNullable(records.get(id)).map(Stored::record));
    }

    T save(T record) {
        Objects.requireNonNull(record, "record");
        I id = shape.idOf().apply(record);
        long version = shape.versionOf().applyAsLong(record);
        return transactions.write(() -> {
            Stored<T> stored = records.get(id);
            if (version == 0 && stored != null) {
                throw ConflictException.alreadyExists(shape.recordType(), id);
            }
            if (version != 0 && stored == null) {
                throw new NotFoundException(shape.recordType(), id);
            }
            if (stored != null && shape.versionOf().applyAsLong(stored.record()) != version) {
                throw ConflictException.staleVersion(shape.recordType(), id);
            }
            requireUniqueKeys(record, id);
            T saved = shape.withVersion().apply(record, version + 1);
            Stored<T> previous = records.put(id, new Stored<>(saved, transactions.now()));
            return new InMemoryTransactions.Write<>(saved, restore(id, previous));
        });
    }

    List<T> saveAll(Collection<T> batch) {
        return transactions.inTransaction(() -> {
            List<T> saved = new ArrayList<>(batch.size());
            batch.forEach(record -> saved.add(save(record)));
            return saved;
        });
    }

    void delete(I id, long version) {
        transactions.write(() -> {
            Stored<T> stored = records.get(id);
            if (stored == null) {
                throw new NotFoundException(shape.recordType(), id);
            }
            if (shape.versionOf().applyAsLong(stored.record()) != version) {
                throw ConflictException.staleVersion(shape.recordType(), id);
            }
            records.remove(id);
            return new InMemoryTransactions.Write<>(stored.record(), restore(id, stored));
        });
    }

    long count() {
        return transactions.read(() -> (long) records.size());
    }

    /** A snapshot of the records that pass the filter, taken under the store lock. */
    List<T> matching(Predicate<? super T> filter) {
        return transactions.read(() -> records.values().stream().map(Stored::record).filter(filter).toList());
    }

    /** One page of the records written at or after {@code updatedSince} (all when absent) that pass the filter. */
    Page<T> page(Optional<Instant> updatedSince, Predicate<? super T> filter, Comparator<? super T> order,
                 PageRequest request) {
        Predicate<T> updated = updatedSince(updatedSince);
        List<T> all = new ArrayList<>(matching(updated.and(filter)));
        all.sort(order);
        int from = (int) Math.min(request.offset(), all.size());
        int to = Math.min(from + request.size(), all.size());
        return new Page<>(all.subList(from, to), all.size(), request);
    }

    /** Records written (created or changed) at or after {@code since}; every record when absent. Under the lock only. */
    private Predicate<T> updatedSince(Optional<Instant> since) {
        if (since.isEmpty()) {
            return record -> true;
        }
        Instant from = since.get();
        return record -> {
            Stored<T> stored = records.get(shape.idOf().apply(record));
            return stored != null && !stored.updatedAt().isBefore(from);
        };
    }

    private void requireUniqueKeys(T record, I id) {
        for (UniqueKey<T> key : shape.uniqueKeys()) {
            Optional<?> value = key.valueOf().apply(record);
            if (value.isEmpty()) {
                continue;
            }
            boolean taken = records.values().stream().map(Stored::record)
                    .anyMatch(other -> !shape.idOf().apply(other).equals(id) && key.valueOf().apply(other).equals(value));
            if (taken) {
                throw ConflictException.taken(shape.recordType(), key.field());
            }
        }
    }

    /** The undo of a write: what was stored before, or nothing if it was an insert. */
    private Runnable restore(I id, Stored<T> previous) {
        return previous == null ? () -> records.remove(id) : () -> records.put(id, previous);
    }

    /** A record with the instant it was last written. */
    private record Stored<T>(T record, Instant updatedAt) {
    }
}
