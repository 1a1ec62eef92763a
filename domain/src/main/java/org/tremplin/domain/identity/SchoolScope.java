package org.tremplin.domain.identity;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.tremplin.domain.error.ErrorCodes;
import org.tremplin.domain.error.InvalidValueException;
import org.tremplin.domain.school.SchoolId;
import org.tremplin.domain.shared.Require;

/** The schools an account or a token is limited to, as both check it. */
public final class SchoolScope {
    private SchoolScope() {
    }

    /**
     * A school scope: absent for the whole network, else at least one school. An empty scope is
     * refused rather than kept: it would grant nothing, and a list that lost its rows must never
     * read as "no limit".
     */
    public static Optional<Set<SchoolId>> require(Optional<Set<SchoolId>> schools, String field) {
        Require.present(schools, field);
        if (schools.isPresent()) {
            Require.notEmpty(schools.get(), field);
            if (schools.get().stream().anyMatch(Objects::isNull)) {
                throw new InvalidValueException(field, ErrorCodes.REQUIRED, field + " cannot hold an empty value");
            }
        }
        return schools.map(Set::copyOf);
    }
}
