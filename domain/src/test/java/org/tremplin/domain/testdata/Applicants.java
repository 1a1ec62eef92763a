package org.tremplin.domain.testdata;

import java.time.LocalDate;
import org.tremplin.domain.applicant.Applicant;
import org.tremplin.domain.person.DisabilityStatus;
import org.tremplin.domain.person.InclusionProfile;

/** Applicants to the default cohort; the default one applied on 1 June 2018. */
public final class Applicants {
    public static final LocalDate APPLIED_ON = LocalDate.of(2018, 6, 1);

    private Applicants() {
    }

    public static Applicant applied() {
        return appliedOn(APPLIED_ON);
    }

    public static Applicant appliedOn(LocalDate date) {
        return appliedWith(Profiles.profile(), date);
    }

    public static Applicant appliedWith(InclusionProfile profile, LocalDate date) {
        return Applicant.apply(Ids.applicant(), Ids.cohort(), People.name(), People.email(), profile,
                DisabilityStatus.UNDISCLOSED, date);
    }
}
