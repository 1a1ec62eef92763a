package org.tremplin.application.port.out;

import org.tremplin.application.port.in.IndicatorScope;
import java.time.LocalDate;
import java.util.Optional;
import org.tremplin.domain.indicator.IndicatorReport;
import org.tremplin.domain.indicator.LeavingYear;

/**
 * Computes indicators where the data lives: a database adapter sums what it keeps, the in-memory
 * adapter applies the domain's functions. Both must return exactly what
 * {@link org.tremplin.domain.indicator.Indicators#report} returns on the same data.
 */
public interface IndicatorQueries {
    /**
     * @param leavingYear the follow-ups of that leaving year (pooled with the year before when too
     *                    few), or of every leaver
     */
    IndicatorReport report(IndicatorScope scope, LocalDate asOf, Optional<LeavingYear> leavingYear);

    /** The report over every leaver. */
    default IndicatorReport report(IndicatorScope scope, LocalDate asOf) {
        return report(scope, asOf, Optional.empty());
    }
}
