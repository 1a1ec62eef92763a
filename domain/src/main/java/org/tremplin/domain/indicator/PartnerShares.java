package org.tremplin.domain.indicator;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.tremplin.domain.learner.Learner;
import org.tremplin.domain.outcome.Employer;
import org.tremplin.domain.outcome.EmploymentOutcome;
import org.tremplin.domain.partner.PartnerId;
import org.tremplin.domain.shared.Identifiers;
import org.tremplin.domain.workstudy.WorkStudyContract;

/**
 * What one learner brings to the report of each partner that hosted or hired them: in a partner's
 * report count the learners it hosted (a contract as host) or hired (a follow-up in a situation with
 * an employer, naming it), the contracts it hosted only, and every follow-up of those learners. Per
 * partner, the learner's counts ({@link FigureCounts}) and steps over time ({@link LearnerTimeline},
 * with only that partner's contracts): a partner's figures are the sums over its learners, which a
 * database adapter may keep per partner.
 *
 * @see "docs/adr/0013-indicator-summaries.md"
 */
public record PartnerShares(Map<PartnerId, Share> byPartner) {
    /** The learner's counts and steps in one partner's report. */
    public record Share(Map<String, Long> counts, LearnerTimeline timeline) {
        public Share {
            counts = Map.copyOf(counts);
            Objects.requireNonNull(timeline, "timeline");
        }
    }

    public PartnerShares {
        byPartner = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byPartner));
    }

    /**
     * @param contracts every contract of the learner
     * @param outcomes  every follow-up of the learner
     */
    public static PartnerShares of(Learner learner, Collection<WorkStudyContract> contracts,
                                   Collection<EmploymentOutcome> outcomes) {
        Set<PartnerId> partners = new TreeSet<>(java.util.Comparator.comparing(PartnerId::value, Identifiers.ORDER));
        contracts.forEach(contract -> partners.add(contract.hostId()));
        outcomes.stream().filter(outcome -> outcome.situation().hasEmployer())
                .forEach(outcome -> outcome.employer().flatMap(Employer::partnerId).ifPresent(partners::add));
        Map<PartnerId, Share> byPartner = new LinkedHashMap<>();
        Map<String, Long> training = FigureCounts.training(List.of(learner));
        Map<String, Long> hires = FigureCounts.hires(outcomes);
        for (PartnerId partner : partners) {
            List<WorkStudyContract> hosted = contracts.stream().filter(contract -> contract.hostId().equals(partner))
                    .collect(Collectors.toList());
            Map<String, Long> counts = new TreeMap<>(training);
            FigureCounts.add(counts, FigureCounts.contracts(hosted));
            FigureCounts.add(counts, hires);
            byPartner.put(partner, new Share(counts, LearnerTimeline.of(learner.id(), learner.leftOn(), learner.status(),
                    hosted, outcomes)));
        }
        return new PartnerShares(byPartner);
    }
}
