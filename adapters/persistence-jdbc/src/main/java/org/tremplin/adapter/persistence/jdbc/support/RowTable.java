package org.tremplin.adapter.persistence.jdbc.support;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * A {@link VersionedTable} whose records are each one row of a Micronaut Data entity, written and
 * read through the entity's {@link RowStore}: each aggregate says how a record and its row map onto
 * each other, and adds its own work (child rows, kept summaries) around the writes.
 *
 * @param <T> the domain record
 * @param <I> its identifier, whose text is the row's id
 * @param <R> the mapped row
 */
public abstract class RowTable<T, I, R> extends VersionedTable<T, I> {
    private final RowStore<R> rows;

    protected RowTable(RowStore<R> rows, Sql sql, UnitOfWork unitOfWork, Clock clock, String table,
                       String recordType, Function<T, I> idOf, ToLongFunction<T> versionOf,
                       BiFunction<T, Long, T> withVersion) {
        super(sql, unitOfWork, clock, table, recordType, idOf, versionOf, withVersion);
        this.rows = rows;
    }

    /**
     * The row of a record.
     *
     * @param updatedAt the value of its {@code updated_at} column
     */
    protected abstract R row(T record, String updatedAt);

    /** The records of rows read from the main table, with what they keep in other tables. */
    protected abstract List<T> records(List<R> rows);

    @Override
    protected void insert(List<T> records, String updatedAt) {
        rows.saveAll(records.stream().map(record -> row(record, updatedAt)).toList());
    }

    @Override
    protected void update(T record, String updatedAt) {
        rows.update(row(record, updatedAt));
    }

    /** The records with these ids, in any order; where no row is found, no other table is read. */
    @Override
    protected final List<T> load(Collection<String> ids) {
        List<R> found = ids.isEmpty() ? List.of() : rows.findByIdIn(ids);
        return found.isEmpty() ? List.of() : records(found);
    }
}
