package org.tremplin.domain.school;

import java.util.UUID;
import org.tremplin.domain.shared.Identifiers;

/** Identifies a school; assigned by the application, never by the database. */
public record SchoolId(UUID value) {
    public SchoolId {
        Identifiers.require(value, "schoolId");
    }

    public static SchoolId parse(String text) {
        return new SchoolId(Identifiers.parse(text, "schoolId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
