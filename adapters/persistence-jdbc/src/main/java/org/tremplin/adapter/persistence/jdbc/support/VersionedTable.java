package org.tremplin.adapter.persistence.jdbc.support;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import org.tremplin.domain.error.ConflictException;
import org.tremplin.domain.error.NotFoundException;
import org.tremplin.application.common.Page;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.port.out.Repository;

/**
 * What every repository port promises, for one table: versioned saves under a row lock, batches
 * that land whole, pages of whole records, and the instant of each row's last write in its
 * {@code updated_at} column, for the "updated since" filters. Each aggregate says how its records
 * become rows.
 *
 * @param <T> the domain record
 * @param <I> its identifier, whose text is the row's id
 */
public abstract class VersionedTable<T, I> implements Repository<T, I> {
    protected final Sql sql;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final String table;
    private final String recordType;
    private final Function<T, I> idOf;
    private final ToLongFunction<T> versionOf;
    private final BiFunction<T, Long, T> withVersion;

    protected VersionedTable(Sql sql, UnitOfWork unitOfWork, Clock clock, String table,
                             String recordType, Function<T, I> idOf, ToLongFunction<T> versionOf,
                             BiFunction<T, Long, T> withVersion) {
        this.sql = sql;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
        this.table = table;
        this.recordType = recordType;
        this.idOf = idOf;
        this.versionOf = versionOf;
        this.withVersion = withVersion;
    }

    @Override
    public final Optional<T> findById(I id) {
        return find(id.toString());
    }

    @Override
    public final T save(T record) {
        return saveOne(record);
    }

    @Override
    public final List<T> saveAll(Collection<T> records) {
        return saveMany(records);
    }

    @Override
    public final long count() {
        return countRows();
    }

    /**
     * Writes new records, with the version they are given, in as few round trips as possible.
     *
     * @param updatedAt the value of their {@code updated_at} column
     */
    protected abstract void insert(List<T> records, String updatedAt);

    /**
     * Rewrites an existing record, version included.
     *
     * @param updatedAt the new value of its {@code updated_at} column
     */
    protected abstract void update(T record, String updatedAt);

    /** The records with these ids, in any order; unknown ids are left out. */
    protected abstract List<T> load(Collection<String> ids);

    private Optional<T> find(String id) {
        return read(() -> load(List.of(id)).stream().findFirst());
    }

    private T saveOne(T record) {
        return write(() -> store(record), idOf.apply(record).toString());
    }

    private List<T> saveMany(Collection<T> records) {
        return write(() -> {
            List<T> fresh = new ArrayList<>();
            List<T> saved = new ArrayList<>(records.size());
            for (T record : records) {
                if (versionOf.applyAsLong(record) == 0) {
                    T first = withVersion.apply(record, 1L);
                    fresh.add(first);
                    saved.add(first);
                } else {
                    saved.add(null);
                }
            }
            insert(fresh, UtcDateTimes.stampOf(clock));
            int index = 0;
            for (T record : records) {
                if (versionOf.applyAsLong(record) != 0) {
                    saved.set(index, store(record));
                }
                index++;
            }
            return saved;
        }, "batch");
    }

    private long countRows() {
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

    /**
     * The records chosen by {@code selectIdAndGroup} (a query whose rows are an id and a grouping
     * key, such as the cohort a record counts in), loaded by {@link #load} a thousand at a time and
     * grouped by that key. Runs in the caller's transaction.
     */
    protected final Map<String, List<T>> loadGrouped(String selectIdAndGroup, List<?> parameters) {
        Map<String, String> groups = new HashMap<>();
        sql.query(selectIdAndGroup, parameters, row -> groups.put(row.getString(1), row.getString(2)));
        List<String> ids = List.copyOf(groups.keySet());
        Map<String, List<T>> grouped = new HashMap<>();
        for (T record : loadAll(ids)) {
            grouped.computeIfAbsent(groups.get(idOf.apply(record).toString()), group -> new ArrayList<>()).add(record);
        }
        return grouped;
    }

    /**
     * Like {@link #loadGrouped}, for a query whose IN list ({@code %s} in {@code selectIdAndGroupIn})
     * takes {@code keys}, a thousand at a time.
     */
    protected final Map<String, List<T>> loadGroupedIn(String selectIdAndGroupIn, List<String> keys) {
        Map<String, List<T>> grouped = new HashMap<>();
        for (List<String> chunk : Sql.chunks(keys, Sql.IN_LIST_SIZE)) {
            loadGrouped(selectIdAndGroupIn.formatted(Sql.marks(chunk.size())), chunk).forEach((group, records) ->
                    grouped.computeIfAbsent(group, g -> new ArrayList<>()).addAll(records));
        }
        return grouped;
    }

    /** The records with these ids, in any order, loaded by {@link #load} a thousand at a time. */
    protected final List<T> loadAll(List<String> ids) {
        return Sql.chunks(ids, Sql.IN_LIST_SIZE).stream().flatMap(chunk -> load(chunk).stream()).toList();
    }

    /** The counts of each group's records, as {@code counts} works them out, for {@link #loadGroupedIn}'s groups. */
    protected final Map<String, Map<String, Long>> countGroupedIn(String selectIdAndGroupIn, List<String> keys,
                                                                  Function<Collection<T>, Map<String, Long>> counts) {
        Map<String, Map<String, Long>> countsByGroup = new HashMap<>();
        loadGroupedIn(selectIdAndGroupIn, keys).forEach((group, records) -> countsByGroup.put(group, counts.apply(records)));
        return countsByGroup;
    }

    /** The records of one page of a list, in the list's order. */
    protected final Page<T> page(SqlListQuery query, PageRequest request) {
        return read(() -> {
            SqlListQuery.PageOfIds page = query.page(sql, request);
            return new Page<>(inOrder(page.ids(), load(page.ids())), page.total(), request);
        });
    }

    /** The records whose ids {@code selectIds} returns, in its order, in the caller's unit of work. */
    protected final List<T> select(String selectIds, Object... parameters) {
        return read(() -> {
            List<String> ids = sql.query(selectIds, List.of(parameters), row -> row.getString(1));
            return inOrder(ids, load(ids));
        });
    }

    /** Records loaded by id, put back in the order of {@code ids}. */
    protected final List<T> inOrder(List<String> ids, List<T> records) {
        Map<String, T> byId = new HashMap<>();
        records.forEach(record -> byId.put(idOf.apply(record).toString(), record));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /** Runs {@code work} in the caller's unit of work ({@link UnitOfWork#read}). */
    protected final <R> R read(Supplier<R> work) {
        return unitOfWork.read(recordType, work);
    }

    /** Runs {@code work} in the caller's unit of work ({@link UnitOfWork#write}). */
    protected final <R> R write(Supplier<R> work, Object id) {
        return unitOfWork.write(recordType, id, work);
    }

    private T store(T record) {
        String id = idOf.apply(record).toString();
        long version = versionOf.applyAsLong(record);
        if (version == 0) {
            T first = withVersion.apply(record, 1L);
            insert(List.of(first), UtcDateTimes.stampOf(clock));
            return first;
        }
        long stored = sql.lockVersion(table, id).orElseThrow(() -> new NotFoundException(recordType, id));
        if (stored != version) {
            throw ConflictException.staleVersion(recordType, id);
        }
        T next = withVersion.apply(record, version + 1);
        update(next, UtcDateTimes.stampOf(clock));
        return next;
    }
}
