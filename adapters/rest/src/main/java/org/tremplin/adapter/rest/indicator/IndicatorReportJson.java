package org.tremplin.adapter.rest.indicator;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tremplin.domain.indicator.ContractIndicators;
import org.tremplin.domain.indicator.FunnelStage;
import org.tremplin.domain.indicator.InclusionGroup;
import org.tremplin.domain.indicator.IndicatorReport;
import org.tremplin.domain.indicator.LeavingYear;
import org.tremplin.domain.indicator.Rate;
import org.tremplin.domain.indicator.TrainingIndicators;

/**
 * What funders and the public ask for, as of a date; every rate follows the suppression rule. The
 * follow-up of leavers follows the official InserJeunes (DEPP, DARES) definitions; the figures that
 * are the network's own say so.
 *
 * @param leavingYear     the leaving year the follow-ups count (2024 for 1 September 2023 to
 *                        31 August 2024), or null for every leaver
 * @param healthDataShown whether the diversity figures hold the RECOGNISED_DISABILITY group: only
 *                        for callers allowed to read health data; for others the group's key is absent
 * @param followUps       one entry per horizon, 6, 12, 18 and 24 months after leaving
 * @param sixMonths       deprecated: the figures of {@code followUps} at 6 months (never pooled)
 * @param twelveMonths    deprecated: the figures of {@code followUps} at 12 months (never pooled)
 * @param jobsCreated     a local figure, not an InserJeunes one: former learners whose latest known
 *                        situation is employment, salaried or self-employed; a job since lost no
 *                        longer counts
 * @param partners        the partners that hosted or hired learners, biggest contributors first
 */
@Serdeable
public record IndicatorReportJson(
        String scope,
        LocalDate asOf,
        @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable Integer leavingYear,
        boolean healthDataShown,
        List<FunnelStageJson> funnel,
        Training training,
        Contracts contracts,
        List<FollowUpJson> followUps,
        @Schema(deprecated = true) EmploymentSnapshotJson sixMonths,
        @Schema(deprecated = true) EmploymentSnapshotJson twelveMonths,
        long jobsCreated,
        List<PartnerContributionJson> partners,
        FundingJson funding) {

    /**
     * @param diversity the share of each inclusion group among those who reached the stage; without
     *                  RECOGNISED_DISABILITY unless the caller may read health data
     */
    @Serdeable
    public record FunnelStageJson(String stage, long reached, RateJson ofApplied, Map<String, RateJson> diversity) {
    }

    /**
     * @param diversity the share of each inclusion group among learners; without RECOGNISED_DISABILITY
     *                  unless the caller may read health data
     */
    @Serdeable
    public record Training(long enrolled, long inCentre, long inWorkStudy, long graduated, long droppedOut,
                           RateJson completion, RateJson dropOut, Map<String, RateJson> diversity) {
    }

    @Serdeable
    public record Contracts(long contracts, long broken, RateJson breakRate, long learnersInWorkStudyWithoutContract) {
    }

    static IndicatorReportJson of(String scope, IndicatorReport report) {
        return new IndicatorReportJson(scope, report.asOf(),
                report.leavingYear().map(LeavingYear::endYear).orElse(null),
                report.healthDataShown(),
                report.funnel().stages().stream().map(IndicatorReportJson::stage).toList(),
                training(report.training()), contracts(report.contracts()),
                report.followUps().stream().map(FollowUpJson::of).toList(),
                EmploymentSnapshotJson.of(report.sixMonths()), EmploymentSnapshotJson.of(report.twelveMonths()),
                report.jobsCreated(),
                report.partners().stream().map(partner -> PartnerContributionJson.of(partner, report)).toList(),
                FundingJson.of(report.funding(), report));
    }

    private static FunnelStageJson stage(FunnelStage stage) {
        return new FunnelStageJson(stage.stage().name(), stage.reached(), RateJson.of(stage.ofApplied()),
                diversity(stage.diversity()));
    }

    private static Training training(TrainingIndicators training) {
        return new Training(training.enrolled(), training.inCentre(), training.inWorkStudy(), training.graduated(),
                training.droppedOut(), RateJson.of(training.completion()), RateJson.of(training.dropOut()),
                diversity(training.diversity()));
    }

    private static Contracts contracts(ContractIndicators contracts) {
        return new Contracts(contracts.contracts(), contracts.broken(), RateJson.of(contracts.breakRate()),
                contracts.learnersInWorkStudyWithoutContract());
    }

    /** Only the groups the report holds: a group left out for the caller is no key, not a null or a zero. */
    private static Map<String, RateJson> diversity(Map<InclusionGroup, Rate> rates) {
        Map<String, RateJson> json = new LinkedHashMap<>();
        rates.forEach((group, rate) -> json.put(group.name(), RateJson.of(rate)));
        return json;
    }
}
