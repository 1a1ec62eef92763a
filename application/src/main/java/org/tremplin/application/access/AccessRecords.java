package org.tremplin.application.access;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.tremplin.domain.error.ErrorCodes;
import org.tremplin.domain.error.InvalidValueException;
import org.tremplin.domain.school.SchoolId;
import org.tremplin.domain.shared.Require;

/** The checks that accounts and tokens share. */
final class AccessRecords {
    private AccessRecords() {
    }

    /**
     * A school scope: absent for the whole network, else at least one school. An empty scope is
     * refused rather than kept: it would grant nothing, and a list that lost its rows must never
     * read as "no limit".
     */
    static Optional<Set<SchoolId>> schoolScope(Optional<Set<SchoolId>> schools, String field) {
        Require.present(schools, field);
        if (schools.isPresent()) {
            Require.notEmpty(schools.get(), field);
            if (schools.get().stream().anyMatch(Objects::isNull)) {
                throw new InvalidValueException(field, ErrorCodes.REQUIRED, field + " cannot hold an empty value");
            }
        }
        return schools.map(Set::copyOf);
    }

    /**
     * An instant to the microsecond, the precision a database keeps ({@code DATETIME(6)}), so that
     * a record reads back equal to the one saved.
     */
    static Instant toMicros(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }
}
