package org.tremplin.application.indicator;

import java.time.LocalDate;
import java.util.Optional;
import org.tremplin.application.port.in.IndicatorScope;
import org.tremplin.domain.indicator.IndicatorReport;
import org.tremplin.domain.indicator.LeavingYear;

/**
 * Inbound port: the indicators funders and the public ask for, for a school, cohort, region,
 * partner or the network. The recognised-disability group is only in the reports of callers allowed
 * to read health data; the partners and funders a report mentions are named.
 */
public interface IndicatorReporting {
    /**
     * @param leavingYear the follow-ups of that leaving year (pooled with the year before when too
     *                    few), or of every leaver
     */
    IndicatorReport report(IndicatorScope scope, LocalDate asOf, Optional<LeavingYear> leavingYear);

    /** The report over every leaver. */
    default IndicatorReport report(IndicatorScope scope, LocalDate asOf) {
        return report(scope, asOf, Optional.empty());
    }

    /** The report as of today (the use case's today, in the network's time zone). */
    IndicatorReport report(IndicatorScope scope, Optional<LeavingYear> leavingYear);

    /** The report as of today, over every leaver. */
    default IndicatorReport report(IndicatorScope scope) {
        return report(scope, Optional.empty());
    }
}
