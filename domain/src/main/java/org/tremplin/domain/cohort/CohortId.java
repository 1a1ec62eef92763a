package org.tremplin.domain.cohort;

import java.util.UUID;
import org.tremplin.domain.shared.Identifiers;

/** Identifies a cohort; assigned by the application, never by the database. */
public record CohortId(UUID value) {
    public CohortId {
        Identifiers.require(value, "cohortId");
    }

    public static CohortId parse(String text) {
        return new CohortId(Identifiers.parse(text, "cohortId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
