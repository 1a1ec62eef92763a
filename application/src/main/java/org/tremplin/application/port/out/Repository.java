package org.tremplin.application.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * What every repository-style port does with its records. Versions implement optimistic locking:
 * a record read at version n can only be saved over version n, so two people editing the same
 * record never silently overwrite each other.
 *
 * @param <T> the record held
 * @param <I> its identifier
 */
public interface Repository<T, I> {
    Optional<T> findById(I id);

    /**
     * Inserts a record whose version is 0, or replaces the stored record whose version equals the
     * given one. Returns the record as stored, with its new version.
     *
     * @throws org.tremplin.domain.error.ConflictException if the id already exists (insert),
     *     the stored version differs (update), or a value that must be unique is taken
     * @throws org.tremplin.domain.error.NotFoundException if an update finds no record
     */
    T save(T record);

    /** Saves many records in one go; all of them or, on the first failure, none. */
    List<T> saveAll(Collection<T> records);

    long count();
}
