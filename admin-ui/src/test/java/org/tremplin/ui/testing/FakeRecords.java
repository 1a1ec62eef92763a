package org.tremplin.ui.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.tremplin.application.common.Page;
import org.tremplin.application.common.PageRequest;
import org.tremplin.domain.error.ConflictException;
import org.tremplin.domain.error.NotFoundException;

/**
 * The records a fake use case keeps, with the rules every real use case applies to them: found by
 * id or not found under their record type, changed only at the version the caller read, each save
 * moving the version on, listed one page at a time. The fakes keep only what differs: their filters,
 * sort orders and the domain calls a change makes.
 *
 * @param <T> the record
 * @param <I> its identifier
 */
public final class FakeRecords<T, I> {
    /** How a record is read again with another version (the domain records' {@code withVersion}). */
    @FunctionalInterface
    public interface Reversioning<T> {
        T withVersion(T record, long version);
    }

    private final List<T> records = new ArrayList<>();
    private final String recordType;
    private final Function<T, I> idOf;
    private final ToLongFunction<T> versionOf;
    private final Reversioning<T> reversioning;
    /** The pages asked for, as the port's callers asked them. */
    public final FakePages pages = new FakePages();

    /** @param recordType the name under which the records are reported missing or stale */
    public FakeRecords(String recordType, Function<T, I> idOf, ToLongFunction<T> versionOf,
                       Reversioning<T> reversioning) {
        this.recordType = Objects.requireNonNull(recordType);
        this.idOf = Objects.requireNonNull(idOf);
        this.versionOf = Objects.requireNonNull(versionOf);
        this.reversioning = Objects.requireNonNull(reversioning);
    }

    /** Keeps a new record as it is (a test's given, or what a use case has just created). */
    public T add(T record) {
        records.add(record);
        return record;
    }

    /** The record, or a {@link NotFoundException} naming the record type. */
    public T get(I id) {
        return records.stream().filter(record -> idOf.apply(record).equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException(recordType, id));
    }

    /** The record as stored, if it is still at the version the caller read; a stale version is a conflict. */
    public T current(I id, long version) {
        T current = get(id);
        if (versionOf.applyAsLong(current) != version) {
            throw ConflictException.staleVersion(recordType, id);
        }
        return current;
    }

    /** Changes the record read at this version and saves the result. */
    public T update(I id, long version, UnaryOperator<T> change) {
        return save(change.apply(current(id, version)));
    }

    /** Stores the record in place of the one with its id, one version on. */
    public T save(T record) {
        T stored = reversioning.withVersion(record, versionOf.applyAsLong(record) + 1);
        I id = idOf.apply(record);
        records.replaceAll(existing -> idOf.apply(existing).equals(id) ? stored : existing);
        return stored;
    }

    public void remove(I id) {
        records.removeIf(record -> idOf.apply(record).equals(id));
    }

    /** The first record that matches; a test that names a record expects it to be there. */
    public T first(Predicate<T> matches) {
        return records.stream().filter(matches).findFirst().orElseThrow();
    }

    public Stream<T> stream() {
        return records.stream();
    }

    public List<T> all() {
        return List.copyOf(records);
    }

    /** One page of these records (or of what the caller shows of them), already filtered and sorted. */
    public <R> Page<R> page(List<R> matching, PageRequest page) {
        return pages.page(matching, page);
    }
}
