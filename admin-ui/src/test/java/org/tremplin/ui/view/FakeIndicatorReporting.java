package org.tremplin.ui.view;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tremplin.application.common.ForbiddenException;
import org.tremplin.application.indicator.IndicatorReporting;
import org.tremplin.application.port.out.IndicatorScope;
import org.tremplin.domain.applicant.SelectionStage;
import org.tremplin.domain.indicator.ContractIndicators;
import org.tremplin.domain.indicator.EmploymentSnapshot;
import org.tremplin.domain.indicator.FundingSummary;
import org.tremplin.domain.indicator.FunnelIndicators;
import org.tremplin.domain.indicator.FunnelStage;
import org.tremplin.domain.indicator.InclusionGroup;
import org.tremplin.domain.indicator.IndicatorReport;
import org.tremplin.domain.indicator.Rate;
import org.tremplin.domain.indicator.TrainingIndicators;
import org.tremplin.domain.shared.Money;

/**
 * Answers every scope with the same report as of the day asked (or refuses the scopes told), and
 * remembers what was asked and for which day. {@link #AS_OF} stands for today.
 */
final class FakeIndicatorReporting implements IndicatorReporting {
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);
    final List<IndicatorScope> asked = new ArrayList<>();
    final List<LocalDate> askedDays = new ArrayList<>();
    IndicatorReport answer = empty();
    Optional<Class<? extends IndicatorScope>> refused = Optional.empty();

    @Override
    public IndicatorReport report(IndicatorScope scope, LocalDate asOf) {
        asked.add(scope);
        askedDays.add(asOf);
        if (refused.isPresent() && refused.get().isInstance(scope)) {
            throw new ForbiddenException("access.network-wide-only", "refused by the fake");
        }
        return new IndicatorReport(asOf, answer.funnel(), answer.training(), answer.contracts(), answer.sixMonths(),
                answer.twelveMonths(), answer.jobsCreated(), answer.partners(), answer.funding());
    }

    @Override
    public IndicatorReport report(IndicatorScope scope) {
        return report(scope, AS_OF);
    }

    static Map<InclusionGroup, Rate> everyGroup(Rate rate) {
        Map<InclusionGroup, Rate> shares = new EnumMap<>(InclusionGroup.class);
        for (InclusionGroup group : InclusionGroup.values()) {
            shares.put(group, rate);
        }
        return shares;
    }

    static IndicatorReport empty() {
        Rate none = new Rate(0, 0);
        EmploymentSnapshot noLeavers = new EmploymentSnapshot(6, 0, 0, 0, 0, 0, 0, none, none, none);
        return new IndicatorReport(AS_OF,
                new FunnelIndicators(SelectionStage.FUNNEL.stream()
                        .map(stage -> new FunnelStage(stage, 0, none, everyGroup(none))).toList()),
                new TrainingIndicators(0, 0, 0, 0, 0, none, none, everyGroup(none)),
                new ContractIndicators(0, 0, none, 0),
                noLeavers,
                new EmploymentSnapshot(12, 0, 0, 0, 0, 0, 0, none, none, none),
                0, List.of(), new FundingSummary(Money.ZERO, Map.of(), Map.of(), List.of()));
    }
}
