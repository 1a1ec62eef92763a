package org.tremplin.adapter.persistence.memory;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.tremplin.application.port.out.Repository;

/** The part of every repository port that is the same for all records, over one store. */
abstract class InMemoryRepository<T, I> implements Repository<T, I> {
    protected final InMemoryRecords<I, T> records;

    protected InMemoryRepository(InMemoryRecords<I, T> records) {
        this.records = records;
    }

    @Override
    public final Optional<T> findById(I id) {
        return records.find(id);
    }

    @Override
    public final T save(T record) {
        return records.save(record);
    }

    @Override
    public final List<T> saveAll(Collection<T> batch) {
        return records.saveAll(batch);
    }

    @Override
    public final long count() {
        return records.count();
    }

    /** Every record, for the indicator queries that read across stores. */
    final List<T> all() {
        return records.matching(record -> true);
    }
}
