package org.tremplin.domain.outcome;

import java.util.Comparator;
import java.util.List;

/**
 * A former learner's situation when followed up. The declaration order is the order forms and
 * files list them in; which situation counts when two follow-ups are equally near is
 * {@link #BETTER_FIRST}, never this order nor a record's identifier.
 */
public enum Situation {
    PERMANENT_CONTRACT(SituationCategory.SALARIED_EMPLOYMENT),
    FIXED_TERM_6_MONTHS_OR_MORE(SituationCategory.SALARIED_EMPLOYMENT),
    FIXED_TERM_UNDER_6_MONTHS(SituationCategory.SALARIED_EMPLOYMENT),
    TEMPORARY_AGENCY_WORK(SituationCategory.SALARIED_EMPLOYMENT),
    HIRED_WORK_STUDY(SituationCategory.FURTHER_STUDIES),
    SELF_EMPLOYED(SituationCategory.SELF_EMPLOYMENT),
    FURTHER_STUDIES(SituationCategory.FURTHER_STUDIES),
    JOB_SEEKING(SituationCategory.NOT_IN_EMPLOYMENT),
    INACTIVE(SituationCategory.NOT_IN_EMPLOYMENT),
    UNKNOWN(SituationCategory.UNKNOWN);

    /**
     * The better situation first, as the indicators rank two follow-ups observed on the same day or
     * at the same distance from a snapshot date: permanent, fixed-term of 6 months or more, shorter
     * fixed-term, temporary agency work, further studies (a new work-study contract first), self-employed,
     * job seeking, inactive, unknown. A strict order: two different situations never tie.
     *
     * @see "docs/adr/0002-employment-indicators.md"
     */
    private static final List<Situation> PREFERENCE = List.of(
            PERMANENT_CONTRACT, FIXED_TERM_6_MONTHS_OR_MORE, FIXED_TERM_UNDER_6_MONTHS, TEMPORARY_AGENCY_WORK,
            HIRED_WORK_STUDY, FURTHER_STUDIES, SELF_EMPLOYED, JOB_SEEKING, INACTIVE, UNKNOWN);

    public static final Comparator<Situation> BETTER_FIRST = Comparator.comparingInt(Situation::preferenceRank);

    private final SituationCategory category;

    Situation(SituationCategory category) {
        this.category = category;
    }

    public SituationCategory category() {
        return category;
    }

    /** 0 for the best situation, then 1, 2…: the position in {@link #BETTER_FIRST}. */
    public int preferenceRank() {
        return PREFERENCE.indexOf(this);
    }

    /** Someone pays this person a wage: an employer must be named. */
    public boolean hasEmployer() {
        return category == SituationCategory.SALARIED_EMPLOYMENT || this == HIRED_WORK_STUDY;
    }

    /** An employer or client may be named, but need not be. */
    public boolean mayNameEmployer() {
        return hasEmployer() || this == SELF_EMPLOYED;
    }
}
