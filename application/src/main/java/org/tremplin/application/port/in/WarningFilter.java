package org.tremplin.application.port.in;

import java.util.Optional;
import java.util.Set;
import org.tremplin.domain.school.SchoolId;

/**
 * Which warnings a list shows.
 *
 * @param schools only the learners of these schools; empty for the whole network (an empty set
 *                matches nothing)
 * @param kind    only warnings of this kind; empty for every kind
 */
public record WarningFilter(Optional<Set<SchoolId>> schools, Optional<WarningKind> kind)
        implements SchoolScopedFilter<WarningFilter> {
    public WarningFilter {
        schools = schools.map(Set::copyOf);
    }

    public static WarningFilter all() {
        return new WarningFilter(Optional.empty(), Optional.empty());
    }

    @Override
    public WarningFilter withSchools(Optional<Set<SchoolId>> newSchools) {
        return new WarningFilter(newSchools, kind);
    }
}
