package org.tremplin.application.support;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ObjLongConsumer;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import java.util.function.UnaryOperator;
import org.tremplin.application.port.out.Repository;
import org.tremplin.domain.error.ConflictException;
import org.tremplin.domain.error.NotFoundException;
import org.tremplin.domain.identity.Actor;
import org.tremplin.domain.identity.Permission;
import org.tremplin.domain.school.SchoolId;

/**
 * One kind of record as the use cases find, add and change it: found by id or not found under its
 * record type, changed only at the version the caller read, saved and audited in one transaction.
 * Who may do so stays with each use case, which checks it before or inside the work it hands over, or
 * names the permission to {@link #readInScope} and {@link #changeInScope}.
 *
 * @param <T> the record
 * @param <I> its identifier
 */
public final class VersionedRecords<T, I> {
    private final UseCaseSupport support;
    private final String recordType;
    private final Repository<T, I> repository;
    private final Function<T, I> idOf;
    private final ToLongFunction<T> versionOf;
    private final Optional<Function<T, SchoolId>> schoolOf;

    private VersionedRecords(UseCaseSupport support, String recordType, Repository<T, I> repository,
                             Function<T, I> idOf, ToLongFunction<T> versionOf,
                             Optional<Function<T, SchoolId>> schoolOf) {
        this.support = Objects.requireNonNull(support);
        this.recordType = Objects.requireNonNull(recordType);
        this.repository = Objects.requireNonNull(repository);
        this.idOf = Objects.requireNonNull(idOf);
        this.versionOf = Objects.requireNonNull(versionOf);
        this.schoolOf = schoolOf;
    }

    /** @param recordType the name under which the records are audited and reported missing or stale */
    public static <T, I> VersionedRecords<T, I> of(UseCaseSupport support, String recordType,
                                                   Repository<T, I> repository, Function<T, I> idOf,
                                                   ToLongFunction<T> versionOf) {
        return new VersionedRecords<>(support, recordType, repository, idOf, versionOf, Optional.empty());
    }

    /**
     * The same records, each belonging to the school {@code schoolOf} tells (which may read another
     * record to tell it), so that {@link #findInScope} can refuse a caller scoped to other schools.
     */
    public VersionedRecords<T, I> ownedBy(Function<T, SchoolId> schoolOf) {
        return new VersionedRecords<>(support, recordType, repository, idOf, versionOf,
                Optional.of(Objects.requireNonNull(schoolOf)));
    }

    /** The record, or a {@link NotFoundException} naming the record type. */
    public T find(I id) {
        return repository.findById(id).orElseThrow(() -> new NotFoundException(recordType, id));
    }

    /** The record, once the actor may act on the school it belongs to. */
    public T findInScope(I id, Actor actor) {
        Function<T, SchoolId> school = schoolOf.orElseThrow(
                () -> new IllegalStateException(recordType + " records belong to no school"));
        T record = find(id);
        actor.requireSchool(school.apply(record));
        return record;
    }

    /** The record, read by a caller who holds {@code permission} and may act on its school. */
    public T readInScope(Permission permission, I id) {
        return support.readWith(permission, actor -> findInScope(id, actor));
    }

    /** {@link #change} made by a caller who holds {@code permission} and may act on the record's school. */
    public T changeInScope(Permission permission, String action, I id, long expectedVersion, UnaryOperator<T> change) {
        Actor actor = support.require(permission);
        return change(action, () -> findInScope(id, actor), expectedVersion, change);
    }

    /** Saves the record {@code created} makes, in one transaction audited as {@code action}. */
    public T add(String action, Supplier<T> created) {
        return support.change(action, recordType, () -> repository.save(created.get()), idOf::apply);
    }

    /**
     * Loads the record with {@code current} (which also checks who may see it), refuses it unless it
     * is still at {@code expectedVersion}, and saves what {@code change} makes of it: in one
     * transaction audited as {@code action}.
     */
    public T change(String action, Supplier<T> current, long expectedVersion, UnaryOperator<T> change) {
        return support.change(action, recordType,
                () -> repository.save(change.apply(atVersion(current.get(), expectedVersion))), idOf::apply);
    }

    /**
     * Loads the record with {@code current} (which also checks who may see it) and deletes it
     * through {@code delete}, which refuses it unless it is still at {@code expectedVersion}: in one
     * transaction audited as {@code action}.
     */
    public void remove(String action, Supplier<T> current, long expectedVersion, ObjLongConsumer<I> delete) {
        support.change(action, recordType, () -> {
            T record = current.get();
            delete.accept(idOf.apply(record), expectedVersion);
            return record;
        }, idOf::apply);
    }

    /** The record, unless it was changed since the caller read it at {@code expectedVersion}. */
    public T atVersion(T record, long expectedVersion) {
        if (versionOf.applyAsLong(record) != expectedVersion) {
            throw ConflictException.staleVersion(recordType, idOf.apply(record));
        }
        return record;
    }
}
