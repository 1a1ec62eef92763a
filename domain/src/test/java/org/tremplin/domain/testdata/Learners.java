package org.tremplin.domain.testdata;

import java.time.LocalDate;
import java.util.Optional;
import org.tremplin.domain.learner.DropOut;
import org.tremplin.domain.learner.DropOutReason;
import org.tremplin.domain.learner.Learner;
import org.tremplin.domain.person.DisabilityStatus;
import org.tremplin.domain.person.InclusionProfile;

/**
 * Learners of the default cohort, built through the constructor so that any combination of dates
 * can be tried. Default dates follow the cohort starting on 1 October 2018 (7 + 12 months).
 */
public final class Learners {
    public static final LocalDate ENROLLED_ON = LocalDate.of(2018, 9, 20);
    public static final LocalDate CENTRE_STARTED_ON = LocalDate.of(2018, 10, 1);
    public static final LocalDate WORK_STUDY_STARTED_ON = LocalDate.of(2019, 5, 1);
    public static final LocalDate GRADUATED_ON = LocalDate.of(2020, 4, 30);
    public static final LocalDate DROPPED_OUT_ON = LocalDate.of(2019, 2, 15);

    private InclusionProfile profile = Profiles.profile();
    private LocalDate enrolledOn = ENROLLED_ON;
    private Optional<LocalDate> centreStartedOn = Optional.empty();
    private Optional<LocalDate> workStudyStartedOn = Optional.empty();
    private Optional<LocalDate> graduatedOn = Optional.empty();
    private Optional<DropOut> dropOut = Optional.empty();

    private Learners() {
    }

    public static Learners aLearner() {
        return new Learners();
    }

    public static Learner enrolled() {
        return aLearner().build();
    }

    public static Learner inCentre() {
        return aLearner().untilCentre().build();
    }

    public static Learner inWorkStudy() {
        return aLearner().untilWorkStudy().build();
    }

    public static Learner graduated() {
        return aLearner().untilGraduation().build();
    }

    public static Learner droppedOut() {
        return aLearner().untilCentre().withDropOut(DROPPED_OUT_ON, DropOutReason.FINANCIAL).build();
    }

    /** Fills the default dates up to the start of the centre phase. */
    public Learners untilCentre() {
        return withCentreStartedOn(CENTRE_STARTED_ON);
    }

    /** Fills the default dates up to the start of the work-study phase. */
    public Learners untilWorkStudy() {
        return untilCentre().withWorkStudyStartedOn(WORK_STUDY_STARTED_ON);
    }

    /** Fills the default dates up to graduation. */
    public Learners untilGraduation() {
        return untilWorkStudy().withGraduatedOn(GRADUATED_ON);
    }

    public Learners withProfile(InclusionProfile newProfile) {
        profile = newProfile;
        return this;
    }

    public Learners withEnrolledOn(LocalDate date) {
        enrolledOn = date;
        return this;
    }

    public Learners withCentreStartedOn(LocalDate date) {
        centreStartedOn = Optional.of(date);
        return this;
    }

    public Learners withWorkStudyStartedOn(LocalDate date) {
        workStudyStartedOn = Optional.of(date);
        return this;
    }

    public Learners withGraduatedOn(LocalDate date) {
        graduatedOn = Optional.of(date);
        return this;
    }

    public Learners withDropOut(LocalDate on, DropOutReason reason) {
        dropOut = Optional.of(new DropOut(on, reason));
        return this;
    }

    public Learner build() {
        return new Learner(Ids.learner(), 0, Ids.school(), Ids.cohort(), Optional.of(Ids.applicant()), People.name(),
                People.email(), profile, DisabilityStatus.NOT_RECOGNISED, enrolledOn, centreStartedOn,
                workStudyStartedOn, graduatedOn, dropOut);
    }
}
