package org.tremplin.application.imports;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.tremplin.domain.error.NotFoundException;
import org.tremplin.domain.identity.Actor;
import org.tremplin.domain.school.SchoolId;

/**
 * The records an import's rows name, each read once however many rows name it, and found only within
 * the importing actor's schools, as the use case that writes one row would find it.
 *
 * @param <T> the record
 * @param <I> its identifier
 */
final class RecordsInScope<T, I> {
    private final String recordType;
    private final Function<I, Optional<T>> findById;
    private final Function<T, SchoolId> schoolOf;
    private final Actor actor;
    private final Map<I, Optional<T>> read = new HashMap<>();

    RecordsInScope(String recordType, Function<I, Optional<T>> findById, Function<T, SchoolId> schoolOf, Actor actor) {
        this.recordType = recordType;
        this.findById = findById;
        this.schoolOf = schoolOf;
        this.actor = actor;
    }

    /** The record {@code id} names; a missing one is not found, one outside the actor's schools forbidden. */
    T find(I id) {
        T record = read.computeIfAbsent(id, findById).orElseThrow(() -> new NotFoundException(recordType, id));
        actor.requireSchool(schoolOf.apply(record));
        return record;
    }
}
