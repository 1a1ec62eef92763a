package org.tremplin.ui.people;

import java.time.LocalDate;
import java.util.function.Consumer;
import org.tremplin.application.learner.LearnerAdministration;
import org.tremplin.application.learner.VisibleLearner;
import org.tremplin.application.person.PersonDetails;
import org.tremplin.domain.cohort.CohortId;

/**
 * Enrols someone directly in a cohort (no application on record) or corrects a learner's details,
 * through {@link LearnerAdministration}; the form itself is {@link PersonInCohortFormDialog}'s. The
 * RQTH field is there only when the use case gives the learner's status (or, for a new learner,
 * would take one).
 */
final class LearnerFormDialog extends PersonInCohortFormDialog<VisibleLearner> {
    private static final Wording WORDING = new Wording("learner", "learner.action.enrol",
            "learner.form.correct-title", "learners.column.cohort", "learners.column.enrolled-on",
            "enrolled-on", "enrolledOn");

    private final transient LearnerAdministration learners;

    private LearnerFormDialog(LearnerAdministration learners, VisibleLearner current, CohortChoices cohorts,
                              boolean healthData, Consumer<VisibleLearner> saved) {
        super(WORDING, current, cohorts, healthData, saved);
        this.learners = learners;
    }

    static LearnerFormDialog enrolling(LearnerAdministration learners, CohortChoices cohorts, boolean healthData,
                                       Consumer<VisibleLearner> saved) {
        return new LearnerFormDialog(learners, null, cohorts, healthData, saved);
    }

    /** Corrects the learner as stored now (read again, with its version). */
    static LearnerFormDialog correcting(LearnerAdministration learners, CohortChoices cohorts, VisibleLearner learner,
                                        Consumer<VisibleLearner> saved) {
        VisibleLearner fresh = learners.get(learner.id());
        return new LearnerFormDialog(learners, fresh, cohorts, fresh.disability().isPresent(), saved);
    }

    @Override
    VisibleLearner create(CohortId cohortId, PersonDetails details, LocalDate enrolledOn) {
        return learners.enrol(cohortId, details, enrolledOn);
    }

    @Override
    VisibleLearner correct(VisibleLearner read, PersonDetails details) {
        return learners.correct(read.id(), read.version(), details);
    }

    @Override
    VisibleLearner reread(VisibleLearner read) {
        return learners.get(read.id());
    }

    @Override
    void show(PersonFields fields, VisibleLearner read) {
        fields.show(read.name(), read.email(), read.profile(), read.disability());
    }
}
