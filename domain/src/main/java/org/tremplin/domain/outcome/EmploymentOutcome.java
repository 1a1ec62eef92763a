package org.tremplin.domain.outcome;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.tremplin.domain.error.ErrorCodes;
import org.tremplin.domain.error.InvalidValueException;
import org.tremplin.domain.learner.LearnerId;
import org.tremplin.domain.shared.Require;

/**
 * A follow-up of a former learner: their situation on the day observed. Employed situations name
 * the employer; situations without work name none.
 */
public record EmploymentOutcome(
        OutcomeId id,
        long version,
        LearnerId learnerId,
        LocalDate observedOn,
        Situation situation,
        Optional<Employer> employer,
        Optional<String> jobTitle) {

    public static final int JOB_TITLE_MAX_LENGTH = 120;

    public EmploymentOutcome {
        Require.present(id, "id");
        Require.present(learnerId, "learnerId");
        Require.present(observedOn, "observedOn");
        Require.present(situation, "situation");
        Require.present(employer, "employer");
        jobTitle = Require.optionalText(jobTitle, "jobTitle", JOB_TITLE_MAX_LENGTH);
        if (situation.hasEmployer() && employer.isEmpty()) {
            throw new InvalidValueException("employer", ErrorCodes.EMPLOYER_REQUIRED,
                    "an employer is required for " + situation);
        }
        if (!situation.mayNameEmployer() && employer.isPresent()) {
            throw new InvalidValueException("employer", ErrorCodes.EMPLOYER_NOT_APPLICABLE,
                    "no employer can be named for " + situation);
        }
        if (!situation.mayNameEmployer() && jobTitle.isPresent()) {
            throw new InvalidValueException("jobTitle", ErrorCodes.EMPLOYER_NOT_APPLICABLE,
                    "no job title can be given for " + situation);
        }
    }

    public static EmploymentOutcome record(OutcomeId id, LearnerId learnerId, LocalDate observedOn, Situation situation,
                                           Optional<Employer> employer, Optional<String> jobTitle) {
        return new EmploymentOutcome(id, 0, learnerId, observedOn, situation, employer, jobTitle);
    }

    /** Whole months between the day the learner left and the day this was observed. */
    public long monthsSinceLeaving(LocalDate leftOn) {
        requireObservedAfterLeaving(leftOn);
        return ChronoUnit.MONTHS.between(leftOn, observedOn);
    }

    public void requireObservedAfterLeaving(LocalDate leftOn) {
        Require.notBefore(observedOn, leftOn, "observedOn", "the day the learner left");
    }

    public EmploymentOutcome correct(LocalDate newObservedOn, Situation newSituation, Optional<Employer> newEmployer,
                                     Optional<String> newJobTitle) {
        return new EmploymentOutcome(id, version, learnerId, newObservedOn, newSituation, newEmployer, newJobTitle);
    }

    public EmploymentOutcome withVersion(long newVersion) {
        return new EmploymentOutcome(id, newVersion, learnerId, observedOn, situation, employer, jobTitle);
    }
}
