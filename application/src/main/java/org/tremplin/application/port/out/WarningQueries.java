package org.tremplin.application.port.out;

import org.tremplin.application.port.in.EarlyWarning;
import org.tremplin.application.port.in.WarningFilter;
import org.tremplin.application.port.in.WarningKind;
import java.time.LocalDate;
import java.util.Map;
import org.tremplin.application.common.Page;
import org.tremplin.application.common.PageRequest;
import org.tremplin.domain.indicator.FollowUp;

/**
 * Finds the learners a school should act on, as of a day, where the data lives: a database adapter
 * selects and pages them in SQL, never loading every learner. The definitions are those of
 * {@link WarningKind}; the contract suite holds the adapters to them.
 *
 * <p>A learner is in work-study on day D when their work-study started on or before D and they had
 * not left (graduated or dropped out) on or before D.
 *
 * <p>The follow-ups are those of the employment indicators ({@link FollowUp}): a learner
 * who left (graduated or dropped out, as {@code Learner.leftOn}) on L is due a follow-up on
 * F = L + 6 months and F' = L + 12 months, and one counts if it was observed within
 * {@value FollowUp#OBSERVATION_WINDOW_MONTHS} months either side, both ends included. The
 * follow-up is overdue from the day after F, while none observed so far falls in the window, and
 * the warning stays until the window closes (F + 3 months, included): after that no follow-up can
 * be observed in time any more, and the indicators count the learner as "unknown".
 *
 * @see "docs/adr/0010-early-warnings.md"
 */
public interface WarningQueries {
    /** How long a learner whose contract was broken may look for a new host before a warning. */
    int REPLACEMENT_DAYS = 30;

    /**
     * The warnings of {@code filter} as of {@code asOf}, ordered by kind (in the order of
     * {@link WarningKind}), then date (oldest first), then learner id (in {@code Identifiers.ORDER}).
     */
    Page<EarlyWarning> list(WarningFilter filter, LocalDate asOf, PageRequest page);

    /** How many warnings of each kind (every kind a key, zero included) the schools of {@code filter} have; its kind is ignored. */
    Map<WarningKind, Long> countByKind(WarningFilter filter, LocalDate asOf);

    /** The months after leaving when a kind's follow-up is due: 6 or 12; zero for the contract kinds. */
    static int followUpMonths(WarningKind kind) {
        return switch (kind) {
            case OUTCOME_OVERDUE_6_MONTHS -> 6;
            case OUTCOME_OVERDUE_12_MONTHS -> 12;
            case BROKEN_CONTRACT_NOT_REPLACED, WORK_STUDY_WITHOUT_CONTRACT -> 0;
        };
    }
}
