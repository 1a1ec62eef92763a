package org.tremplin.domain.person;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.tremplin.domain.error.ErrorCodes;
import org.tremplin.domain.error.InvalidValueException;
import org.tremplin.domain.shared.Require;

/**
 * What the network measures its inclusion by, captured when a person applies. Ages and
 * job-seeking durations are always computed at a given date, never typed.
 *
 * @param jobSeekerSince when the person registered as a job seeker, if they are registered
 * @param priorityNeighbourhood whether the person lives in a priority neighbourhood (QPV)
 */
public record InclusionProfile(
        Gender gender,
        LocalDate dateOfBirth,
        Optional<LocalDate> jobSeekerSince,
        boolean priorityNeighbourhood,
        Diploma highestDiploma) {

    public static final LocalDate EARLIEST_BIRTH = LocalDate.of(1930, 1, 1);
    public static final int MIN_AGE = 16;
    public static final int LONG_TERM_JOB_SEEKER_MONTHS = 12;

    public InclusionProfile {
        Require.allPresent("gender", gender, "dateOfBirth", dateOfBirth, "jobSeekerSince", jobSeekerSince,
                "highestDiploma", highestDiploma);
        Require.notBefore(dateOfBirth, EARLIEST_BIRTH, "dateOfBirth", "1930-01-01");
        jobSeekerSince.ifPresent(since -> Require.notBefore(since, dateOfBirth.plusYears(MIN_AGE),
                "jobSeekerSince", "the 16th birthday"));
    }

    public int ageAt(LocalDate date) {
        return Period.between(dateOfBirth, date).getYears();
    }

    public boolean isUnder26At(LocalDate date) {
        return ageAt(date) < 26;
    }

    public boolean isUnder30At(LocalDate date) {
        return ageAt(date) < 30;
    }

    public boolean isJobSeekerAt(LocalDate date) {
        return jobSeekerSince.filter(since -> !since.isAfter(date)).isPresent();
    }

    /** Registered for twelve months or more on {@code date}. */
    public boolean isLongTermJobSeekerAt(LocalDate date) {
        return jobSeekerSince.filter(since -> ChronoUnit.MONTHS.between(since, date) >= LONG_TERM_JOB_SEEKER_MONTHS)
                .isPresent();
    }

    /**
     * Refuses a profile whose facts lie after {@code date} (the date of application or entry) or
     * whose person is younger than {@value #MIN_AGE} then.
     */
    public void requireConsistentAt(LocalDate date, String dateField) {
        if (dateOfBirth.isAfter(date)) {
            throw new InvalidValueException("dateOfBirth", ErrorCodes.DATE_IN_FUTURE,
                    "dateOfBirth cannot be after " + dateField);
        }
        if (ageAt(date) < MIN_AGE) {
            throw new InvalidValueException("dateOfBirth", ErrorCodes.TOO_YOUNG,
                    "a person must be at least " + MIN_AGE + " years old on " + dateField);
        }
        if (jobSeekerSince.filter(since -> since.isAfter(date)).isPresent()) {
            throw new InvalidValueException("jobSeekerSince", ErrorCodes.DATE_IN_FUTURE,
                    "jobSeekerSince cannot be after " + dateField);
        }
    }

    @Override
    public String toString() {
        return "InclusionProfile[redacted]";
    }
}
