package org.tremplin.domain.applicant;

import java.util.UUID;
import org.tremplin.domain.shared.Identifiers;

/** Identifies an applicant; assigned by the application, never by the database. */
public record ApplicantId(UUID value) {
    public ApplicantId {
        Identifiers.require(value, "applicantId");
    }

    public static ApplicantId parse(String text) {
        return new ApplicantId(Identifiers.parse(text, "applicantId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
