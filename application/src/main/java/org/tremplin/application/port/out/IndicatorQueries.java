package org.tremplin.application.port.out;

import java.time.LocalDate;
import org.tremplin.domain.indicator.IndicatorReport;

/**
 * Computes indicators where the data lives: a database adapter aggregates in SQL, the in-memory
 * adapter applies the domain's functions. Both must return exactly what
 * {@link org.tremplin.domain.indicator.Indicators#report} returns on the same data.
 */
public interface IndicatorQueries {
    IndicatorReport report(IndicatorScope scope, LocalDate asOf);
}
