package org.tremplin.application.port.in;

import java.util.Optional;
import java.util.Set;
import org.tremplin.domain.identity.Actor;
import org.tremplin.domain.school.SchoolId;

/**
 * A filter that can restrict what it matches to some schools: the use cases narrow every such
 * filter to the caller's scope, so that nobody lists what lies beyond it.
 *
 * @param <F> the filter itself
 */
public interface SchoolScopedFilter<F extends SchoolScopedFilter<F>> {
    /** Only what belongs to these schools when present; an empty set matches nothing. */
    Optional<Set<SchoolId>> schools();

    /** This filter, restricted to {@code schools} instead. */
    F withSchools(Optional<Set<SchoolId>> schools);

    /** This filter, matching only what lies in the actor's schools as well as in those it asks for. */
    default F scopedTo(Actor actor) {
        return withSchools(actor.narrow(schools()));
    }
}
