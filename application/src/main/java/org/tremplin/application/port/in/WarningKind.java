package org.tremplin.application.port.in;

import org.tremplin.application.port.out.WarningQueries;

/**
 * What an early warning is about, in the order a list shows them. A learner appears at most once
 * in all the kinds together: the two contract kinds concern learners in work-study, the two
 * follow-up kinds learners who left, and the two follow-up windows never overlap.
 *
 * @see EarlyWarning
 * @see "docs/adr/0010-early-warnings.md"
 */
public enum WarningKind {
    /**
     * The learner is in work-study, their latest contract was broken on the warning's date, at
     * least {@value WarningQueries#REPLACEMENT_DAYS} days ago (on the thirtieth day, not the
     * twenty-ninth), and no contract of theirs starts after it. Before those days are over, the
     * learner is {@link #WORK_STUDY_WITHOUT_CONTRACT}: the warning grows more serious, it is never
     * shown twice.
     */
    BROKEN_CONTRACT_NOT_REPLACED,
    /**
     * The learner is in work-study, no contract covers the day, and they are not
     * {@link #BROKEN_CONTRACT_NOT_REPLACED} (which takes precedence). The date is the first day
     * without a contract: the start of work-study, or the day after the last contract ended (the
     * day after a break, say), whichever is later.
     */
    WORK_STUDY_WITHOUT_CONTRACT,
    /** See {@link WarningQueries#followUpMonths}: the six-month follow-up of a leaver is missing. */
    OUTCOME_OVERDUE_6_MONTHS,
    /** See {@link WarningQueries#followUpMonths}: the twelve-month follow-up of a leaver is missing. */
    OUTCOME_OVERDUE_12_MONTHS
}
