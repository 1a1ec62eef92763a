package org.tremplin.application.access;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.tremplin.domain.error.ConflictException;
import org.tremplin.domain.error.NotFoundException;
import org.tremplin.application.common.Page;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.port.out.Repository;

/**
 * A bare repository for the use-case tests of this package: versioned saves and one unique key,
 * nothing else. The real adapters are proven by the contract suite; this only has to be honest.
 */
abstract class VersionedMap<T, I> implements Repository<T, I> {
    private final Map<I, T> records = new LinkedHashMap<>();
    private final String recordType;
    private final Function<T, I> idOf;
    private final ToLongFunction<T> versionOf;
    private final BiFunction<T, Long, T> withVersion;
    private final String uniqueField;
    private final Function<T, Object> uniqueKey;

    VersionedMap(String recordType, Function<T, I> idOf, ToLongFunction<T> versionOf, BiFunction<T, Long, T> withVersion,
                 String uniqueField, Function<T, Object> uniqueKey) {
        this.recordType = recordType;
        this.idOf = idOf;
        this.versionOf = versionOf;
        this.withVersion = withVersion;
        this.uniqueField = uniqueField;
        this.uniqueKey = uniqueKey;
    }

    @Override
    public synchronized Optional<T> findById(I id) {
        return Optional.ofNullable(records.get(Objects.requireNonNull(id)));
    }

    @Override
    public synchronized T save(T record) {
        I id = idOf.apply(record);
        long version = versionOf.applyAsLong(record);
        T stored = records.get(id);
        if (version == 0 && stored != null) {
            throw ConflictException.alreadyExists(recordType, id);
        }
        if (version != 0 && stored == null) {
            throw new NotFoundException(recordType, id);
        }
        if (stored != null && versionOf.applyAsLong(stored) != version) {
            throw ConflictException.staleVersion(recordType, id);
        }
        boolean taken = records.values().stream()
                .anyMatch(other -> !idOf.apply(other).equals(id) && uniqueKey.apply(other).equals(uniqueKey.apply(record)));
        if (taken) {
            throw ConflictException.taken(recordType, uniqueField);
        }
        T saved = withVersion.apply(record, version + 1);
        records.put(id, saved);
        return saved;
    }

    @Override
    public synchronized List<T> saveAll(Collection<T> batch) {
        return batch.stream().map(this::save).toList();
    }

    @Override
    public synchronized long count() {
        return records.size();
    }

    synchronized Optional<T> findBy(Object key) {
        return records.values().stream().filter(record -> uniqueKey.apply(record).equals(key)).findFirst();
    }

    synchronized Page<T> page(Comparator<T> order, PageRequest request) {
        List<T> all = new ArrayList<>(records.values());
        all.sort(order);
        int from = (int) Math.min(request.offset(), all.size());
        int to = Math.min(from + request.size(), all.size());
        return new Page<>(all.subList(from, to), all.size(), request);
    }
}
