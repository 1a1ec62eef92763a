package org.tremplin.domain.outcome;

/** A former learner's situation when followed up. */
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

    private final SituationCategory category;

    Situation(SituationCategory category) {
        this.category = category;
    }

    public SituationCategory category() {
        return category;
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
