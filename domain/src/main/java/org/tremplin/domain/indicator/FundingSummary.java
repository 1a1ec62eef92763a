package org.tremplin.domain.indicator;

import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.tremplin.domain.cohort.CohortId;
import org.tremplin.domain.funding.FundingCommitment;
import org.tremplin.domain.funding.ParityRule;
import org.tremplin.domain.funding.ParityStatus;
import org.tremplin.domain.partner.PartnerId;
import org.tremplin.domain.shared.Identifiers;
import org.tremplin.domain.shared.Money;

/**
 * The money committed, by funder and by year, and whether each parity rule holds.
 *
 * @param byFunder ordered by funder identifier, only so that the order is stable
 * @param byYear   ordered by year
 * @param parity   one status per parity rule, by school, the school-wide rule before its cohorts' rules,
 *                 then by id: an order every adapter can reproduce
 */
public record FundingSummary(Money total, Map<PartnerId, Money> byFunder, Map<Integer, Money> byYear,
                             List<ParityStatus> parity) {

    private static final Comparator<PartnerId> BY_IDENTIFIER = Comparator.comparing(PartnerId::value, Identifiers.ORDER);

    private static final Comparator<ParityRule> RULE_ORDER = Comparator
            .comparing((ParityRule rule) -> rule.schoolId().value(), Identifiers.ORDER)
            .thenComparing(rule -> rule.cohortId().isPresent())
            .thenComparing(rule -> rule.cohortId().map(CohortId::value).orElse(null),
                    Comparator.nullsFirst(Identifiers.ORDER))
            .thenComparing(rule -> rule.id().value(), Identifiers.ORDER);

    public FundingSummary {
        Objects.requireNonNull(total, "total");
        TreeMap<PartnerId, Money> funders = new TreeMap<>(BY_IDENTIFIER);
        funders.putAll(byFunder);
        byFunder = Collections.unmodifiableMap(funders);
        byYear = Collections.unmodifiableMap(new TreeMap<>(byYear));
        parity = List.copyOf(parity);
    }

    static FundingSummary measure(List<FundingCommitment> commitments, List<ParityRule> parityRules) {
        Money total = Money.ZERO;
        Map<PartnerId, Money> byFunder = new TreeMap<>(BY_IDENTIFIER);
        Map<Integer, Money> byYear = new TreeMap<>();
        for (FundingCommitment commitment : commitments) {
            total = total.plus(commitment.amount());
            byFunder.merge(commitment.funderId(), commitment.amount(), Money::plus);
            byYear.merge(commitment.year(), commitment.amount(), Money::plus);
        }
        List<ParityStatus> parity = parityRules.stream().sorted(RULE_ORDER).map(rule -> rule.check(commitments)).toList();
        return new FundingSummary(total, byFunder, byYear, parity);
    }
}
