package org.tremplin.app;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;
import org.tremplin.app.wiring.ThreadLocalCurrentActor;
import org.tremplin.application.applicant.ApplicantSelection;
import org.tremplin.application.applicant.VisibleApplicant;
import org.tremplin.application.cohort.CohortAdministration;
import org.tremplin.application.cohort.CohortDetails;
import org.tremplin.application.learner.LearnerAdministration;
import org.tremplin.application.learner.VisibleLearner;
import org.tremplin.application.person.PersonDetails;
import org.tremplin.application.programme.ProgrammeAdministration;
import org.tremplin.application.programme.ProgrammeDetails;
import org.tremplin.application.school.SchoolAdministration;
import org.tremplin.application.school.SchoolDetails;
import org.tremplin.domain.applicant.SelectionStage;
import org.tremplin.domain.cohort.Cohort;
import org.tremplin.domain.identity.Actor;
import org.tremplin.domain.programme.Programme;
import org.tremplin.domain.school.School;

/**
 * The set-up steps several system tests take through the wired inbound ports, as the system actor:
 * a school with a cohort to enrol in, and a person taken through selection, so that each test states
 * only the records it is about.
 */
@Singleton
final class UseCaseSteps {
    static final Actor ADMIN = Actor.system();

    private final ThreadLocalCurrentActor currentActor;
    private final SchoolAdministration schools;
    private final ProgrammeAdministration programmes;
    private final CohortAdministration cohorts;
    private final ApplicantSelection selection;
    private final LearnerAdministration learners;

    UseCaseSteps(ThreadLocalCurrentActor currentActor, SchoolAdministration schools, ProgrammeAdministration programmes,
                 CohortAdministration cohorts, ApplicantSelection selection, LearnerAdministration learners) {
        this.currentActor = currentActor;
        this.schools = schools;
        this.programmes = programmes;
        this.cohorts = cohorts;
        this.selection = selection;
        this.learners = learners;
    }

    static ProgrammeDetails programmeNamed(String name) {
        return new ProgrammeDetails(name, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    <T> T as(Actor actor, Supplier<T> work) {
        return currentActor.runAs(actor, work);
    }

    <T> T asAdmin(Supplier<T> work) {
        return as(ADMIN, work);
    }

    School planSchool(SchoolDetails details) {
        return asAdmin(() -> schools.plan(details, Optional.empty()));
    }

    /** Creates the programme, then opens the cohort of it at {@code school}. */
    Cohort openCohort(School school, ProgrammeDetails programme, CohortDetails cohort) {
        Programme created = asAdmin(() -> programmes.create(programme));
        return asAdmin(() -> cohorts.open(school.id(), created.id(), cohort));
    }

    /** Moves an applicant through preselection to selection, ready to enrol. */
    VisibleApplicant select(VisibleApplicant applicant, LocalDate preselectedOn, LocalDate selectedOn) {
        VisibleApplicant preselected = asAdmin(() -> selection.moveTo(applicant.id(), applicant.version(),
                SelectionStage.PRESELECTED, preselectedOn));
        return asAdmin(() -> selection.moveTo(preselected.id(), preselected.version(), SelectionStage.SELECTED,
                selectedOn));
    }

    /**
     * A person who applied to {@code cohort}, was preselected then selected, enrolled on the cohort's
     * start and began the centre the same day.
     */
    VisibleLearner inCentreThroughSelection(Cohort cohort, PersonDetails person, LocalDate appliedOn,
                                            LocalDate preselectedOn, LocalDate selectedOn) {
        VisibleApplicant applicant = asAdmin(() -> selection.apply(cohort.id(), person, appliedOn));
        VisibleApplicant selected = select(applicant, preselectedOn, selectedOn);
        VisibleLearner enrolled = asAdmin(() -> selection.enrol(selected.id(), selected.version(), cohort.startDate()));
        return asAdmin(() -> learners.startCentre(enrolled.id(), enrolled.version(), cohort.startDate()));
    }
}
