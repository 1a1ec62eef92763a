package org.tremplin.domain.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.tremplin.domain.indicator.IndicatorTestData.COHORT;
import static org.tremplin.domain.indicator.IndicatorTestData.aCommitment;
import static org.tremplin.domain.indicator.IndicatorTestData.inputs;
import static org.tremplin.domain.indicator.IndicatorTestData.parityRule;
import static org.tremplin.domain.indicator.IndicatorTestData.partner;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tremplin.domain.funding.ParityRule;
import org.tremplin.domain.funding.ParityStatus;
import org.tremplin.domain.partner.PartnerId;
import org.tremplin.domain.shared.Money;

class FundingSummaryTest {
    private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);
    private static final PartnerId REGION = partner(1);
    private static final PartnerId COMPANY = partner(2);
    private static final PartnerId FOUNDATION = partner(3);

    private final ParityRule regionMatchesCompany = parityRule(10, Optional.empty(), REGION, COMPANY);
    private final ParityRule foundationMatchesRegionForCohort = parityRule(9, Optional.of(COHORT), FOUNDATION, REGION);

    private final FundingSummary funding = inputs()
            .commitments(
                    aCommitment().by(REGION).euros(50_000).in(2025).build(),
                    aCommitment().by(FOUNDATION).euros(30_000).in(2024).forCohort(COHORT).build(),
                    aCommitment().by(REGION).euros(100_000).in(2024).build(),
                    aCommitment().by(COMPANY).euros(150_000).in(2024).build())
            .parityRules(foundationMatchesRegionForCohort, regionMatchesCompany)
            .reportAsOf(AS_OF).funding();

    @Test
    void adds_up_the_commitments_by_funder_and_by_year() {
        assertThat(funding.total()).isEqualTo(Money.euros(330_000));
        assertThat(funding.byFunder()).containsExactly(
                Map.entry(REGION, Money.euros(150_000)),
                Map.entry(COMPANY, Money.euros(150_000)),
                Map.entry(FOUNDATION, Money.euros(30_000)));
        assertThat(funding.byYear()).containsExactly(
                Map.entry(2024, Money.euros(280_000)),
                Map.entry(2025, Money.euros(50_000)));
    }

    @Test
    void checks_each_parity_rule_the_school_wide_one_before_the_cohorts_whatever_the_order_given() {
        // Given cohort rule first: the report puts the school's own rule first, as every adapter can.
        assertThat(funding.parity()).extracting(ParityStatus::rule)
                .containsExactly(regionMatchesCompany, foundationMatchesRegionForCohort);
    }

    @Test
    void parity_is_honoured_when_both_funders_committed_the_same() {
        ParityStatus status = funding.parity().get(0);

        assertThat(status.honoured()).isTrue();
        assertThat(status.firstTotal()).isEqualTo(Money.euros(150_000));
        assertThat(status.secondTotal()).isEqualTo(Money.euros(150_000));
    }

    @Test
    void parity_is_not_honoured_when_one_funder_is_behind() {
        // The region's money is for the school as a whole, not for this cohort.
        ParityStatus status = funding.parity().get(1);

        assertThat(status.honoured()).isFalse();
        assertThat(status.firstTotal()).isEqualTo(Money.euros(30_000));
        assertThat(status.secondTotal()).isEqualTo(Money.ZERO);
        assertThat(status.gap()).isEqualTo(Money.euros(30_000));
    }

    @Test
    void cannot_be_changed_by_its_readers() {
        assertThatExceptionOfType(UnsupportedOperationException.class)
                .isThrownBy(() -> funding.byFunder().put(REGION, Money.ZERO));
        assertThatExceptionOfType(UnsupportedOperationException.class)
                .isThrownBy(() -> funding.byYear().put(2030, Money.ZERO));
        assertThatExceptionOfType(UnsupportedOperationException.class)
                .isThrownBy(() -> funding.parity().clear());
    }

    @Test
    void is_zero_without_commitments() {
        FundingSummary none = inputs().reportAsOf(AS_OF).funding();

        assertThat(none.total()).isEqualTo(Money.ZERO);
        assertThat(none.byFunder()).isEmpty();
        assertThat(none.byYear()).isEmpty();
        assertThat(none.parity()).isEmpty();
    }
}
