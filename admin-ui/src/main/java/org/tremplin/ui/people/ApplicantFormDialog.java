package org.tremplin.ui.people;

import java.time.LocalDate;
import java.util.function.Consumer;
import org.tremplin.application.applicant.ApplicantSelection;
import org.tremplin.application.applicant.VisibleApplicant;
import org.tremplin.application.person.PersonDetails;
import org.tremplin.domain.cohort.CohortId;

/**
 * Records an application (cohort, person, day applied) or corrects an applicant's details, through
 * {@link ApplicantSelection}; the form itself is {@link PersonInCohortFormDialog}'s.
 */
final class ApplicantFormDialog extends PersonInCohortFormDialog<VisibleApplicant> {
    private static final Wording WORDING = new Wording("applicant", "applicant.action.apply",
            "applicant.form.correct-title", "applicants.column.cohort", "applicants.column.applied-on",
            "applied-on", "appliedOn");

    private final transient ApplicantSelection applicants;

    private ApplicantFormDialog(ApplicantSelection applicants, VisibleApplicant current, CohortChoices cohorts,
                                boolean healthData, Consumer<VisibleApplicant> saved) {
        super(WORDING, current, cohorts, healthData, saved);
        this.applicants = applicants;
    }

    static ApplicantFormDialog applying(ApplicantSelection applicants, CohortChoices cohorts, boolean healthData,
                                        Consumer<VisibleApplicant> saved) {
        return new ApplicantFormDialog(applicants, null, cohorts, healthData, saved);
    }

    /** Corrects the applicant as stored now (read again, with its version); RQTH only if the use case gives it. */
    static ApplicantFormDialog correcting(ApplicantSelection applicants, CohortChoices cohorts,
                                          VisibleApplicant applicant, Consumer<VisibleApplicant> saved) {
        VisibleApplicant fresh = applicants.get(applicant.id());
        return new ApplicantFormDialog(applicants, fresh, cohorts, fresh.disability().isPresent(), saved);
    }

    @Override
    VisibleApplicant create(CohortId cohortId, PersonDetails details, LocalDate appliedOn) {
        return applicants.apply(cohortId, details, appliedOn);
    }

    @Override
    VisibleApplicant correct(VisibleApplicant read, PersonDetails details) {
        return applicants.correct(read.id(), read.version(), details);
    }

    @Override
    VisibleApplicant reread(VisibleApplicant read) {
        return applicants.get(read.id());
    }

    @Override
    void show(PersonFields fields, VisibleApplicant read) {
        fields.show(read.name(), read.email(), read.profile(), read.disability());
    }
}
