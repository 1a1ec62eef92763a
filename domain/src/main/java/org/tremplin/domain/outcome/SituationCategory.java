package org.tremplin.domain.outcome;

/**
 * How the indicators count a situation. Following InserJeunes, a new work-study contract counts as
 * further studies, and only salaried employment counts in the employment rate.
 *
 * See docs/adr/0002-employment-indicators.md.
 */
public enum SituationCategory {
    SALARIED_EMPLOYMENT,
    SELF_EMPLOYMENT,
    FURTHER_STUDIES,
    NOT_IN_EMPLOYMENT,
    UNKNOWN;

    public boolean isEmployment() {
        return this == SALARIED_EMPLOYMENT || this == SELF_EMPLOYMENT;
    }
}
