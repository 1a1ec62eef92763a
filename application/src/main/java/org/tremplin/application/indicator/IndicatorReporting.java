package org.tremplin.application.indicator;

import java.time.LocalDate;
import org.tremplin.application.port.out.IndicatorScope;
import org.tremplin.domain.indicator.IndicatorReport;

/** Inbound port: the indicators funders and the public ask for, for a school, cohort, region, partner or the network. */
public interface IndicatorReporting {
    IndicatorReport report(IndicatorScope scope, LocalDate asOf);

    /** The report as of today. */
    IndicatorReport report(IndicatorScope scope);
}
