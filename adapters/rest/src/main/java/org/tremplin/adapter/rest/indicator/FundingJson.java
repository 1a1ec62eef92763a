package org.tremplin.adapter.rest.indicator;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tremplin.domain.funding.ParityStatus;
import org.tremplin.domain.indicator.FundingSummary;
import org.tremplin.domain.indicator.IndicatorReport;
import org.tremplin.domain.partner.PartnerId;
import org.tremplin.domain.shared.Money;

/**
 * The money committed, in euros, and whether each parity rule holds.
 *
 * @param funders  the total of each funder, named, ordered by funder identifier
 * @param byFunder deprecated: the same totals keyed by funder identifier, without the names; read
 *                 {@code funders}
 * @param byYear   the total of each year
 */
@Serdeable
public record FundingJson(String total, List<FunderTotal> funders, Map<String, String> byFunder,
                          Map<String, String> byYear, List<Parity> parity) {

    /** @param funderName the funder's legal name */
    @Serdeable
    public record FunderTotal(String funderId, @Nullable String funderName, String total) {
    }

    /**
     * One parity rule: two funders who must commit the same amount.
     *
     * @param honoured whether both totals are equal to the cent
     */
    @Serdeable
    public record Parity(String ruleId, String firstFunderId, @Nullable String firstFunderName,
                         String secondFunderId, @Nullable String secondFunderName, String firstTotal,
                         String secondTotal, boolean honoured) {
    }

    static FundingJson of(FundingSummary funding, IndicatorReport report) {
        List<FunderTotal> funders = funding.byFunder().entrySet().stream()
                .map(funder -> new FunderTotal(funder.getKey().toString(), name(report, funder.getKey()),
                        euros(funder.getValue())))
                .toList();
        Map<String, String> byFunder = new LinkedHashMap<>();
        funding.byFunder().forEach((funder, money) -> byFunder.put(funder.toString(), euros(money)));
        Map<String, String> byYear = new LinkedHashMap<>();
        funding.byYear().forEach((year, money) -> byYear.put(year.toString(), euros(money)));
        return new FundingJson(euros(funding.total()), funders, byFunder, byYear,
                funding.parity().stream().map(status -> parity(status, report)).toList());
    }

    private static Parity parity(ParityStatus status, IndicatorReport report) {
        PartnerId first = status.rule().firstFunder();
        PartnerId second = status.rule().secondFunder();
        return new Parity(status.rule().id().toString(), first.toString(), name(report, first), second.toString(),
                name(report, second), euros(status.firstTotal()), euros(status.secondTotal()), status.honoured());
    }

    private static @Nullable String name(IndicatorReport report, PartnerId partner) {
        return report.partnerName(partner).orElse(null);
    }

    private static String euros(Money money) {
        return money.toEuros().toPlainString();
    }
}
