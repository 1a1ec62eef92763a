package org.tremplin.domain.programme;

import java.util.UUID;
import org.tremplin.domain.shared.Identifiers;

/** Identifies a programme; assigned by the application, never by the database. */
public record ProgrammeId(UUID value) {
    public ProgrammeId {
        Identifiers.require(value, "programmeId");
    }

    public static ProgrammeId parse(String text) {
        return new ProgrammeId(Identifiers.parse(text, "programmeId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
