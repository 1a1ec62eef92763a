package org.tremplin.ui.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tremplin.application.indicator.IndicatorReporting;
import org.tremplin.application.port.in.IndicatorScope;
import org.tremplin.domain.applicant.SelectionStage;
import org.tremplin.domain.error.ForbiddenException;
import org.tremplin.domain.indicator.ContractIndicators;
import org.tremplin.domain.indicator.EmploymentSnapshot;
import org.tremplin.domain.indicator.FollowUpAtHorizon;
import org.tremplin.domain.indicator.FollowUpHorizon;
import org.tremplin.domain.indicator.FundingSummary;
import org.tremplin.domain.indicator.FunnelIndicators;
import org.tremplin.domain.indicator.FunnelStage;
import org.tremplin.domain.indicator.InclusionGroup;
import org.tremplin.domain.indicator.IndicatorReport;
import org.tremplin.domain.indicator.LeavingYear;
import org.tremplin.domain.indicator.Rate;
import org.tremplin.domain.indicator.TrainingIndicators;
import org.tremplin.domain.shared.Money;

/**
 * Answers every scope with the same report as of the day and for the leaving year asked (or
 * refuses the scopes told), and remembers what was asked, for which day and which leaving year.
 * {@link #AS_OF} stands for today. Like the use case, it hands the report's partner names over as
 * they are in {@link #answer}.
 */
public final class FakeIndicatorReporting implements IndicatorReporting {
    public static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);
    public final List<IndicatorScope> asked = new ArrayList<>();
    public final List<LocalDate> askedDays = new ArrayList<>();
    public final List<Optional<LeavingYear>> askedYears = new ArrayList<>();
    public IndicatorReport answer = empty();
    public Optional<Class<? extends IndicatorScope>> refused = Optional.empty();

    @Override
    public IndicatorReport report(IndicatorScope scope, LocalDate asOf, Optional<LeavingYear> leavingYear) {
        asked.add(scope);
        askedDays.add(asOf);
        askedYears.add(leavingYear);
        if (refused.isPresent() && refused.get().isInstance(scope)) {
            throw new ForbiddenException("access.network-wide-only", "refused by the fake");
        }
        return new IndicatorReport(asOf, leavingYear, answer.funnel(), answer.training(), answer.contracts(),
                answer.followUps(), answer.jobsCreated(), answer.partners(), answer.funding(), answer.partnerNames(),
                answer.healthDataShown());
    }

    @Override
    public IndicatorReport report(IndicatorScope scope, Optional<LeavingYear> leavingYear) {
        return report(scope, AS_OF, leavingYear);
    }

    public static Map<InclusionGroup, Rate> everyGroup(Rate rate) {
        Map<InclusionGroup, Rate> shares = new EnumMap<>(InclusionGroup.class);
        for (InclusionGroup group : InclusionGroup.values()) {
            shares.put(group, rate);
        }
        return shares;
    }

    /** The situations of every leaver at one horizon, in the order of {@link EmploymentSnapshot}. */
    public static EmploymentSnapshot snapshot(FollowUpHorizon horizon, long salaried, long selfEmployed, long furtherStudies,
                                       long notInEmployment, long unknown) {
        return new EmploymentSnapshot(horizon, List.of(), salaried, selfEmployed, furtherStudies, notInEmployment,
                unknown);
    }

    /** The follow-ups at the four horizons, in order, none pooled. */
    public static List<FollowUpAtHorizon> followUps(EmploymentSnapshot... figures) {
        return Arrays.stream(figures)
                .map(snapshot -> new FollowUpAtHorizon(snapshot.horizon(), snapshot, Optional.empty()))
                .toList();
    }

    public static IndicatorReport empty() {
        Rate none = new Rate(0, 0);
        return new IndicatorReport(AS_OF, Optional.empty(),
                new FunnelIndicators(SelectionStage.FUNNEL.stream()
                        .map(stage -> new FunnelStage(stage, 0, none, everyGroup(none))).toList()),
                new TrainingIndicators(0, 0, 0, 0, 0, none, none, everyGroup(none)),
                new ContractIndicators(0, 0, none, 0),
                Arrays.stream(FollowUpHorizon.values())
                        .map(horizon -> new FollowUpAtHorizon(horizon, snapshot(horizon, 0, 0, 0, 0, 0), Optional.empty()))
                        .toList(),
                0, List.of(), new FundingSummary(Money.ZERO, Map.of(), Map.of(), List.of()), Map.of(), true);
    }
}
