package org.tremplin.domain.indicator;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.tremplin.domain.learner.LearnerId;
import org.tremplin.domain.outcome.Employer;
import org.tremplin.domain.outcome.EmploymentOutcome;
import org.tremplin.domain.partner.PartnerId;
import org.tremplin.domain.shared.Identifiers;
import org.tremplin.domain.workstudy.WorkStudyContract;

/**
 * What a partner company gave the learners: work-study places and jobs. Each counts learners, not
 * contracts or follow-ups, so that a learner hosted twice or followed up twice counts once.
 *
 * @param hires learners followed up in a job paid by the partner, a work-study contract included
 */
public record PartnerContribution(PartnerId partnerId, long apprenticesHosted, long hires) {
    /** Biggest contributors first; the identifier only makes the order stable. */
    static final Comparator<PartnerContribution> LARGEST_FIRST = Comparator
            .comparingLong(PartnerContribution::apprenticesHosted).reversed()
            .thenComparing(Comparator.comparingLong(PartnerContribution::hires).reversed())
            .thenComparing(contribution -> contribution.partnerId().value(), Identifiers.ORDER);

    public PartnerContribution {
        Objects.requireNonNull(partnerId, "partnerId");
        if (apprenticesHosted < 0 || hires < 0) {
            throw new IllegalArgumentException("a contribution counts learners");
        }
    }

    static List<PartnerContribution> rank(List<WorkStudyContract> contracts, List<EmploymentOutcome> outcomes) {
        Map<PartnerId, Set<LearnerId>> hosted = new HashMap<>();
        for (WorkStudyContract contract : contracts) {
            hosted.computeIfAbsent(contract.hostId(), partner -> new HashSet<>()).add(contract.learnerId());
        }
        Map<PartnerId, Set<LearnerId>> hired = new HashMap<>();
        for (EmploymentOutcome outcome : outcomes) {
            if (!outcome.situation().hasEmployer()) {
                continue;
            }
            outcome.employer().flatMap(Employer::partnerId).ifPresent(partner ->
                    hired.computeIfAbsent(partner, p -> new HashSet<>()).add(outcome.learnerId()));
        }
        Set<PartnerId> partners = new HashSet<>(hosted.keySet());
        partners.addAll(hired.keySet());
        return partners.stream()
                .map(partner -> new PartnerContribution(partner,
                        hosted.getOrDefault(partner, Set.of()).size(),
                        hired.getOrDefault(partner, Set.of()).size()))
                .sorted(LARGEST_FIRST)
                .toList();
    }
}
