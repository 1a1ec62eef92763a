package org.tremplin.domain.indicator;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Computes the indicators the network publishes to its funders and to the public. Pure functions
 * of their inputs: the same inputs and date always give the same report.
 *
 * @see "docs/adr/0002-employment-indicators.md"
 */
public final class Indicators {
    /** InserJeunes follows leavers up six and twelve months after they leave. */
    static final int SHORT_TERM_MONTHS = 6;
    static final int LONG_TERM_MONTHS = 12;

    private Indicators() {
    }

    public static IndicatorReport report(IndicatorInputs inputs, LocalDate asOf) {
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(asOf, "asOf");
        return new IndicatorReport(
                asOf,
                FunnelIndicators.measure(inputs.applicants()),
                TrainingIndicators.measure(inputs.learners()),
                ContractIndicators.measure(inputs.contracts(), inputs.learners(), asOf),
                EmploymentSnapshot.measure(SHORT_TERM_MONTHS, inputs.learners(), inputs.outcomes(), asOf),
                EmploymentSnapshot.measure(LONG_TERM_MONTHS, inputs.learners(), inputs.outcomes(), asOf),
                JobsCreated.count(inputs.outcomes(), asOf),
                PartnerContribution.rank(inputs.contracts(), inputs.outcomes()),
                FundingSummary.measure(inputs.commitments(), inputs.parityRules()));
    }
}
