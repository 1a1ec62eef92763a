package org.tremplin.ui.people;

import java.util.function.Consumer;
import org.tremplin.application.applicant.ApplicantSelection;
import org.tremplin.application.applicant.VisibleApplicant;
import org.tremplin.ui.people.PersonInCohortFormDialog.Kind;
import org.tremplin.ui.people.PersonInCohortFormDialog.Shown;
import org.tremplin.ui.people.PersonInCohortFormDialog.Wording;

/**
 * Records an application (cohort, person, day applied) or corrects an applicant's details, through
 * {@link ApplicantSelection}; the form itself is {@link PersonInCohortFormDialog}'s.
 */
final class ApplicantFormDialog {
    private static final Wording WORDING = new Wording("applicant", "applicant.action.apply",
            "applicant.form.correct-title", "applicants.column.cohort", "applicants.column.applied-on",
            "applied-on", "appliedOn");

    private ApplicantFormDialog() {
    }

    static PersonInCohortFormDialog<VisibleApplicant> applying(ApplicantSelection applicants, CohortChoices cohorts,
                                                               boolean healthData, Consumer<VisibleApplicant> saved) {
        return PersonInCohortFormDialog.takingOn(applicantsOf(applicants), cohorts, healthData, saved);
    }

    static PersonInCohortFormDialog<VisibleApplicant> correcting(ApplicantSelection applicants, CohortChoices cohorts,
                                                                 VisibleApplicant applicant,
                                                                 Consumer<VisibleApplicant> saved) {
        return PersonInCohortFormDialog.correcting(applicantsOf(applicants), cohorts, applicant, saved);
    }

    private static Kind<VisibleApplicant> applicantsOf(ApplicantSelection applicants) {
        return new Kind<>(WORDING, applicants::apply,
                (read, details) -> applicants.correct(read.id(), read.version(), details),
                read -> applicants.get(read.id()),
                read -> new Shown(read.name(), read.email(), read.profile(), read.disability()));
    }
}
