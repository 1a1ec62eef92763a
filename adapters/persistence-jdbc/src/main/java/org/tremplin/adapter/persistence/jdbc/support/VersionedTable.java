package org.tremplin.adapter.persistence.jdbc.support;

import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.tremplin.application.common.ConflictException;
import org.tremplin.application.common.NotFoundException;
import org.tremplin.application.common.Page;
import org.tremplin.application.common.PageRequest;

/**
 * What every repository port promises, for one table: versioned saves under a row lock, batches
 * that land whole, pages of whole records. Each aggregate says how its records become rows.
 *
 * @param <T> the domain record
 */
public abstract class VersionedTable<T> {
    protected final Sql sql;
    private final TransactionOperations<Connection> transactions;
    private final String table;
    private final String recordType;

    protected VersionedTable(Sql sql, TransactionOperations<Connection> transactions, String table, String recordType) {
        this.sql = sql;
        this.transactions = transactions;
        this.table = table;
        this.recordType = recordType;
    }

    protected abstract String idOf(T record);

    protected abstract long versionOf(T record);

    protected abstract T withVersion(T record, long version);

    /** Writes new records, with the version they are given, in as few round trips as possible. */
    protected abstract void insert(List<T> records);

    /** Rewrites an existing record, version included. */
    protected abstract void update(T record);

    /** The records with these ids, in any order; unknown ids are left out. */
    protected abstract List<T> load(Collection<String> ids);

    protected final Optional<T> find(String id) {
        return read(() -> load(List.of(id)).stream().findFirst());
    }

    protected final T saveOne(T record) {
        return write(() -> store(record), idOf(record));
    }

    protected final List<T> saveMany(Collection<T> records) {
        return write(() -> {
            List<T> fresh = new ArrayList<>();
            List<T> saved = new ArrayList<>(records.size());
            for (T record : records) {
                if (versionOf(record) == 0) {
                    T first = withVersion(record, 1);
                    fresh.add(first);
                    saved.add(first);
                } else {
                    saved.add(null);
                }
            }
            insert(fresh);
            int index = 0;
            for (T record : records) {
                if (versionOf(record) != 0) {
                    saved.set(index, store(record));
                }
                index++;
            }
            return saved;
        }, "batch");
    }

    protected final long countRows() {
        return read(() -> sql.count("SELECT COUNT(*) FROM " + table, List.of()));
    }

    /** Deletes the row when its stored version is {@code version}. */
    protected final void deleteOne(String id, long version) {
        write(() -> {
            long stored = sql.lockVersion(table, id).orElseThrow(() -> new NotFoundException(recordType, id));
            if (stored != version) {
                throw ConflictException.staleVersion(recordType, id);
            }
            sql.update("DELETE FROM " + table + " WHERE id = ?", List.of(id));
            return null;
        }, id);
    }

    /** The records of one page of a list, in the list's order. */
    protected final Page<T> page(SqlListQuery query, PageRequest request) {
        return read(() -> {
            SqlListQuery.PageOfIds page = query.page(sql, request);
            return new Page<>(inOrder(page.ids(), load(page.ids())), page.total(), request);
        });
    }

    /** Records loaded by id, put back in the order of {@code ids}. */
    protected final List<T> inOrder(List<String> ids, List<T> records) {
        Map<String, T> byId = new HashMap<>();
        records.forEach(record -> byId.put(idOf(record), record));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    protected final <R> R read(Supplier<R> work) {
        try {
            return transactions.executeRead(status -> work.get());
        } catch (RuntimeException failure) {
            throw SqlErrors.translate(failure, recordType, "");
        }
    }

    protected final <R> R write(Supplier<R> work, Object id) {
        try {
            return transactions.executeWrite(status -> work.get());
        } catch (RuntimeException failure) {
            throw SqlErrors.translate(failure, recordType, id);
        }
    }

    private T store(T record) {
        String id = idOf(record);
        long version = versionOf(record);
        if (version == 0) {
            T first = withVersion(record, 1);
            insert(List.of(first));
            return first;
        }
        long stored = sql.lockVersion(table, id).orElseThrow(() -> new NotFoundException(recordType, id));
        if (stored != version) {
            throw ConflictException.staleVersion(recordType, id);
        }
        T next = withVersion(record, version + 1);
        update(next);
        return next;
    }
}
