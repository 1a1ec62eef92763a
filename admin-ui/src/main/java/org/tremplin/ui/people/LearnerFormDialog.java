package org.tremplin.ui.people;

import java.util.function.Consumer;
import org.tremplin.application.learner.LearnerAdministration;
import org.tremplin.application.learner.VisibleLearner;
import org.tremplin.ui.people.PersonInCohortFormDialog.Kind;
import org.tremplin.ui.people.PersonInCohortFormDialog.Shown;
import org.tremplin.ui.people.PersonInCohortFormDialog.Wording;

/**
 * Enrols someone directly in a cohort (no application on record) or corrects a learner's details,
 * through {@link LearnerAdministration}; the form itself is {@link PersonInCohortFormDialog}'s. The
 * RQTH field is there only when the use case gives the learner's status (or, for a new learner,
 * would take one).
 */
final class LearnerFormDialog {
    private static final Wording WORDING = new Wording("learner", "learner.action.enrol",
            "learner.form.correct-title", "learners.column.cohort", "learners.column.enrolled-on",
            "enrolled-on", "enrolledOn");

    private LearnerFormDialog() {
    }

    static PersonInCohortFormDialog<VisibleLearner> enrolling(LearnerAdministration learners, CohortChoices cohorts,
                                                              boolean healthData, Consumer<VisibleLearner> saved) {
        return PersonInCohortFormDialog.takingOn(learnersOf(learners), cohorts, healthData, saved);
    }

    static PersonInCohortFormDialog<VisibleLearner> correcting(LearnerAdministration learners, CohortChoices cohorts,
                                                               VisibleLearner learner, Consumer<VisibleLearner> saved) {
        return PersonInCohortFormDialog.correcting(learnersOf(learners), cohorts, learner, saved);
    }

    private static Kind<VisibleLearner> learnersOf(LearnerAdministration learners) {
        return new Kind<>(WORDING, learners::enrol,
                (read, details) -> learners.correct(read.id(), read.version(), details),
                read -> learners.get(read.id()),
                read -> new Shown(read.name(), read.email(), read.profile(), read.disability()));
    }
}
