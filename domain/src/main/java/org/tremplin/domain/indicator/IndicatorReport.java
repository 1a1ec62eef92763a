package org.tremplin.domain.indicator;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.tremplin.domain.partner.PartnerId;
import org.tremplin.domain.shared.Identifiers;

/**
 * Every indicator of one scope on one day.
 *
 * @param leavingYear  the leaving year the follow-ups count, or none for every leaver
 * @param followUps    one per {@link FollowUpHorizon}, in order
 * @param jobsCreated  former learners whose latest follow-up on or before {@code asOf} is employment
 * @param partners     the partners that hosted or hired learners, biggest contributors first
 * @param partnerNames the names of the partners and funders the report mentions, so that a reader
 *                     needs no second look-up; filled in by the application, empty from the domain
 * @param healthDataShown whether the recognised-disability group is in the diversity figures: only
 *                        for readers allowed to read health data ({@link #withoutHealthData})
 */
public record IndicatorReport(
        LocalDate asOf,
        Optional<LeavingYear> leavingYear,
        FunnelIndicators funnel,
        TrainingIndicators training,
        ContractIndicators contracts,
        List<FollowUpAtHorizon> followUps,
        long jobsCreated,
        List<PartnerContribution> partners,
        FundingSummary funding,
        Map<PartnerId, String> partnerNames,
        boolean healthDataShown) {

    public IndicatorReport {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(leavingYear, "leavingYear");
        Objects.requireNonNull(funnel, "funnel");
        Objects.requireNonNull(training, "training");
        Objects.requireNonNull(contracts, "contracts");
        followUps = List.copyOf(followUps);
        if (!followUps.stream().map(FollowUpAtHorizon::horizon).toList().equals(List.of(FollowUpHorizon.values()))) {
            throw new IllegalArgumentException("a report has one follow-up per horizon, in order");
        }
        partners = List.copyOf(partners);
        Objects.requireNonNull(funding, "funding");
        TreeMap<PartnerId, String> names = new TreeMap<>(
                java.util.Comparator.comparing(PartnerId::value, Identifiers.ORDER));
        names.putAll(partnerNames);
        partnerNames = Collections.unmodifiableMap(names);
    }

    public FollowUpAtHorizon followUp(FollowUpHorizon horizon) {
        return followUps.get(horizon.ordinal());
    }

    /** The figures six months after leaving, for the leaving year asked (not pooled). */
    public EmploymentSnapshot sixMonths() {
        return followUp(FollowUpHorizon.SIX_MONTHS).figures();
    }

    /** The figures twelve months after leaving, for the leaving year asked (not pooled). */
    public EmploymentSnapshot twelveMonths() {
        return followUp(FollowUpHorizon.TWELVE_MONTHS).figures();
    }

    /**
     * The same report without any count or share of the recognised-disability group: a reader not
     * allowed to read health data could otherwise learn one person's status by comparing a group's
     * figures before and after that person joined it.
     */
    public IndicatorReport withoutHealthData() {
        return new IndicatorReport(asOf, leavingYear, funnel.withoutHealthData(), training.withoutHealthData(), contracts,
                followUps, jobsCreated, partners, funding, partnerNames, false);
    }

    /** The same report naming its partners and funders. */
    public IndicatorReport withPartnerNames(Map<PartnerId, String> names) {
        return new IndicatorReport(asOf, leavingYear, funnel, training, contracts, followUps, jobsCreated, partners,
                funding, names, healthDataShown);
    }

    /** The name of a partner the report mentions, when it was filled in. */
    public Optional<String> partnerName(PartnerId partner) {
        return Optional.ofNullable(partnerNames.get(partner));
    }
}
