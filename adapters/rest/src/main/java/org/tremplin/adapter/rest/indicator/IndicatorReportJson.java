package org.tremplin.adapter.rest.indicator;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tremplin.domain.funding.ParityStatus;
import org.tremplin.domain.indicator.ContractIndicators;
import org.tremplin.domain.indicator.EmploymentSnapshot;
import org.tremplin.domain.indicator.FundingSummary;
import org.tremplin.domain.indicator.FunnelStage;
import org.tremplin.domain.indicator.InclusionGroup;
import org.tremplin.domain.indicator.IndicatorReport;
import org.tremplin.domain.indicator.Rate;
import org.tremplin.domain.indicator.TrainingIndicators;
import org.tremplin.domain.shared.Money;

/** What funders and the public ask for, as of a date; every rate follows the suppression rule. */
@Serdeable
public record IndicatorReportJson(String scope, LocalDate asOf, List<FunnelStageJson> funnel, Training training,
                                  Contracts contracts, Employment sixMonths, Employment twelveMonths, long jobsCreated,
                                  List<PartnerJson> partners, Funding funding) {

    @Serdeable
    public record FunnelStageJson(String stage, long reached, RateJson ofApplied, Map<String, RateJson> diversity) {
    }

    @Serdeable
    public record Training(long enrolled, long inCentre, long inWorkStudy, long graduated, long droppedOut,
                           RateJson completion, RateJson dropOut, Map<String, RateJson> diversity) {
    }

    @Serdeable
    public record Contracts(long contracts, long broken, RateJson breakRate, long learnersInWorkStudyWithoutContract) {
    }

    /** Below 20 leavers the breakdown is withheld like the rates: it would tell what became of a few people. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    public record Employment(int months, long leavers, @Nullable Long salaried, @Nullable Long selfEmployed,
                             @Nullable Long furtherStudies, @Nullable Long notInEmployment, @Nullable Long unknown,
                             RateJson employmentRate, RateJson wholeCohortRate, RateJson favourableRate) {
    }

    @Serdeable
    public record PartnerJson(String partnerId, long apprenticesHosted, long hires) {
    }

    @Serdeable
    public record Funding(String total, Map<String, String> byFunder, Map<String, String> byYear, List<Parity> parity) {
    }

    @Serdeable
    public record Parity(String ruleId, String firstFunderId, String secondFunderId, String firstTotal,
                         String secondTotal, boolean honoured) {
    }

    static IndicatorReportJson of(String scope, IndicatorReport report) {
        return new IndicatorReportJson(scope, report.asOf(),
                report.funnel().stages().stream().map(IndicatorReportJson::stage).toList(),
                training(report.training()), contracts(report.contracts()), employment(report.sixMonths()),
                employment(report.twelveMonths()), report.jobsCreated(),
                report.partners().stream().map(partner -> new PartnerJson(partner.partnerId().toString(),
                        partner.apprenticesHosted(), partner.hires())).toList(),
                funding(report.funding()));
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

    private static Employment employment(EmploymentSnapshot snapshot) {
        boolean withheld = snapshot.leavers() < Rate.MIN_PUBLISHABLE_DENOMINATOR;
        return new Employment(snapshot.months(), snapshot.leavers(), withheld ? null : snapshot.salaried(),
                withheld ? null : snapshot.selfEmployed(), withheld ? null : snapshot.furtherStudies(),
                withheld ? null : snapshot.notInEmployment(), withheld ? null : snapshot.unknown(),
                RateJson.of(snapshot.employmentRate()), RateJson.of(snapshot.shares().salariedShare()),
                RateJson.of(snapshot.favourableRate()));
    }

    private static Funding funding(FundingSummary funding) {
        Map<String, String> byFunder = new LinkedHashMap<>();
        funding.byFunder().forEach((funder, money) -> byFunder.put(funder.toString(), euros(money)));
        Map<String, String> byYear = new LinkedHashMap<>();
        funding.byYear().forEach((year, money) -> byYear.put(year.toString(), euros(money)));
        return new Funding(euros(funding.total()), byFunder, byYear,
                funding.parity().stream().map(IndicatorReportJson::parity).toList());
    }

    private static Parity parity(ParityStatus status) {
        return new Parity(status.rule().id().toString(), status.rule().firstFunder().toString(),
                status.rule().secondFunder().toString(), euros(status.firstTotal()), euros(status.secondTotal()),
                status.honoured());
    }

    private static Map<String, RateJson> diversity(Map<InclusionGroup, Rate> rates) {
        Map<String, RateJson> json = new LinkedHashMap<>();
        rates.forEach((group, rate) -> json.put(group.name(), RateJson.of(rate)));
        return json;
    }

    private static String euros(Money money) {
        return money.toEuros().toPlainString();
    }
}
