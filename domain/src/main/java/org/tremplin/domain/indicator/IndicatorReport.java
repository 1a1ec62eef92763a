package org.tremplin.domain.indicator;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Every indicator of one scope on one day.
 *
 * @param jobsCreated former learners whose latest follow-up on or before {@code asOf} is employment
 * @param partners    the partners that hosted or hired learners, biggest contributors first
 */
public record IndicatorReport(
        LocalDate asOf,
        FunnelIndicators funnel,
        TrainingIndicators training,
        ContractIndicators contracts,
        EmploymentSnapshot sixMonths,
        EmploymentSnapshot twelveMonths,
        long jobsCreated,
        List<PartnerContribution> partners,
        FundingSummary funding) {

    public IndicatorReport {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(funnel, "funnel");
        Objects.requireNonNull(training, "training");
        Objects.requireNonNull(contracts, "contracts");
        Objects.requireNonNull(sixMonths, "sixMonths");
        Objects.requireNonNull(twelveMonths, "twelveMonths");
        partners = List.copyOf(partners);
        Objects.requireNonNull(funding, "funding");
    }
}
