package org.tremplin.domain.indicator;

import java.time.LocalDate;
import org.tremplin.domain.person.DisabilityStatus;
import org.tremplin.domain.person.Gender;
import org.tremplin.domain.person.InclusionProfile;

/** The publics the network reports its inclusion on, as funders ask for them. */
public enum InclusionGroup {
    WOMEN,
    UNDER_26,
    UNDER_30,
    JOB_SEEKERS,
    LONG_TERM_JOB_SEEKERS,
    PRIORITY_NEIGHBOURHOOD,
    RECOGNISED_DISABILITY,
    BELOW_BAC;

    /**
     * Whether the person belongs to this group on {@code at}: ages and job seeking change over time,
     * so a funnel measures them on the day of application and training on the day of enrolment.
     * Only a recognised disability counts; an undisclosed one is not assumed.
     */
    public boolean includes(InclusionProfile profile, DisabilityStatus disability, LocalDate at) {
        return switch (this) {
            case WOMEN -> profile.gender() == Gender.WOMAN;
            case UNDER_26 -> profile.isUnder26At(at);
            case UNDER_30 -> profile.isUnder30At(at);
            case JOB_SEEKERS -> profile.isJobSeekerAt(at);
            case LONG_TERM_JOB_SEEKERS -> profile.isLongTermJobSeekerAt(at);
            case PRIORITY_NEIGHBOURHOOD -> profile.priorityNeighbourhood();
            case RECOGNISED_DISABILITY -> disability == DisabilityStatus.RECOGNISED;
            case BELOW_BAC -> profile.highestDiploma().isBelowBac();
        };
    }
}
