package org.tremplin.domain.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tremplin.domain.indicator.IndicatorTestData.aContract;
import static org.tremplin.domain.indicator.IndicatorTestData.aLearnerId;
import static org.tremplin.domain.indicator.IndicatorTestData.anOutcome;
import static org.tremplin.domain.indicator.IndicatorTestData.inputs;
import static org.tremplin.domain.indicator.IndicatorTestData.partner;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tremplin.domain.learner.LearnerId;
import org.tremplin.domain.outcome.Situation;
import org.tremplin.domain.partner.PartnerId;

class PartnerContributionTest {
    private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);
    private static final PartnerId P1 = partner(1);
    private static final PartnerId P2 = partner(2);
    private static final PartnerId P3 = partner(3);
    private static final PartnerId P4 = partner(4);
    private static final PartnerId P5 = partner(5);

    @Test
    void counts_learners_hosted_and_hired_and_ranks_the_biggest_contributors_first() {
        LearnerId ada = aLearnerId();
        LearnerId ben = aLearnerId();
        LearnerId chloe = aLearnerId();
        LearnerId driss = aLearnerId();
        LearnerId emma = aLearnerId();
        LearnerId farid = aLearnerId();
        LearnerId gaelle = aLearnerId();
        LearnerId hugo = aLearnerId();
        LearnerId ines = aLearnerId();

        List<PartnerContribution> partners = inputs()
                .contracts(
                        aContract().forLearner(ada).hostedBy(P4).build(),
                        aContract().forLearner(ben).hostedBy(P4).build(),
                        aContract().forLearner(chloe).hostedBy(P3).build(),
                        aContract().forLearner(driss).hostedBy(P3).build(),
                        aContract().forLearner(emma).hostedBy(P1)
                                .running(LocalDate.of(2024, 9, 2), LocalDate.of(2025, 8, 31))
                                .brokenOn(LocalDate.of(2024, 11, 29)).build(),
                        aContract().forLearner(emma).hostedBy(P1)
                                .running(LocalDate.of(2024, 12, 2), LocalDate.of(2025, 8, 31)).build(),
                        aContract().forLearner(farid).hostedBy(P1).build())
                .outcomes(
                        anOutcome().forLearner(ada).situation(Situation.PERMANENT_CONTRACT).employedBy(P4).build(),
                        anOutcome().forLearner(gaelle).situation(Situation.PERMANENT_CONTRACT).employedBy(P2).build(),
                        anOutcome().forLearner(gaelle).situation(Situation.FIXED_TERM_6_MONTHS_OR_MORE).employedBy(P2)
                                .observedOn(LocalDate.of(2025, 6, 1)).build(),
                        anOutcome().forLearner(hugo).situation(Situation.HIRED_WORK_STUDY).employedBy(P2).build(),
                        anOutcome().forLearner(ines).situation(Situation.SELF_EMPLOYED).employedBy(P5).build(),
                        anOutcome().forLearner(driss).situation(Situation.PERMANENT_CONTRACT).build())
                .reportAsOf(AS_OF).partners();

        // Hosted first, then hires, then identifier: P4 (2, 1); P1 and P3 (2, 0) by id; P2 (0, 2).
        // P5 is only the client of a self-employed learner, which is not a hire.
        assertThat(partners).containsExactly(
                new PartnerContribution(P4, 2, 1),
                new PartnerContribution(P1, 2, 0),
                new PartnerContribution(P3, 2, 0),
                new PartnerContribution(P2, 0, 2));
    }

    @Test
    void lists_no_partner_when_nobody_was_hosted_or_hired() {
        assertThat(inputs().reportAsOf(AS_OF).partners()).isEmpty();
    }
}
