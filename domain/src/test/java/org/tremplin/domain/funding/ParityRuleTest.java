package org.tremplin.domain.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tremplin.domain.testdata.Commitments.aCommitment;
import static org.tremplin.domain.testdata.DomainAssertions.assertInvalid;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.tremplin.domain.error.ErrorCodes;
import org.tremplin.domain.partner.PartnerId;
import org.tremplin.domain.shared.Money;
import org.tremplin.domain.testdata.Ids;

@DisplayName("ParityRule")
class ParityRuleTest {
    private static final PartnerId REGION = Ids.partner(1);
    private static final PartnerId MICROSOFT = Ids.partner(2);
    private static final PartnerId OTHER_FUNDER = Ids.partner(3);

    private static ParityRule schoolRule() {
        return ParityRule.declare(Ids.parityRule(), Ids.school(1), Optional.empty(), REGION, MICROSOFT);
    }

    private static ParityRule cohortRule() {
        return ParityRule.declare(Ids.parityRule(), Ids.school(1), Optional.of(Ids.cohort(1)), REGION, MICROSOFT);
    }

    @Nested
    @DisplayName("declaration")
    class Declaration {
        @Test
        @DisplayName("binds two different funders, unsaved")
        void declare() {
            ParityRule rule = schoolRule();

            assertThat(rule.firstFunder()).isEqualTo(REGION);
            assertThat(rule.secondFunder()).isEqualTo(MICROSOFT);
            assertThat(rule.cohortId()).isEmpty();
            assertThat(rule.version()).isZero();
            assertThat(rule.withVersion(3).version()).isEqualTo(3);
        }

        @Test
        @DisplayName("refuses the same funder twice with funding.parity-same-funder on secondFunder")
        void sameFunderTwice() {
            var error = assertInvalid(() -> ParityRule.declare(Ids.parityRule(), Ids.school(), Optional.empty(),
                    REGION, Ids.partner(1)), ErrorCodes.PARITY_SAME_FUNDER, "secondFunder");

            assertThat(error).hasMessage("parity needs two different funders");
        }

        @Test
        @DisplayName("refuses missing values")
        void refusesMissingValues() {
            assertInvalid(() -> ParityRule.declare(null, Ids.school(), Optional.empty(), REGION, MICROSOFT),
                    ErrorCodes.REQUIRED, "id");
            assertInvalid(() -> ParityRule.declare(Ids.parityRule(), null, Optional.empty(), REGION, MICROSOFT),
                    ErrorCodes.REQUIRED, "schoolId");
            assertInvalid(() -> ParityRule.declare(Ids.parityRule(), Ids.school(), null, REGION, MICROSOFT),
                    ErrorCodes.REQUIRED, "cohortId");
            assertInvalid(() -> ParityRule.declare(Ids.parityRule(), Ids.school(), Optional.empty(), null, MICROSOFT),
                    ErrorCodes.REQUIRED, "firstFunder");
            assertInvalid(() -> ParityRule.declare(Ids.parityRule(), Ids.school(), Optional.empty(), REGION, null),
                    ErrorCodes.REQUIRED, "secondFunder");
        }
    }

    @Nested
    @DisplayName("check")
    class Check {
        @Test
        @DisplayName("equal commitments of the two funders honour the rule")
        void honoured() {
            ParityStatus status = schoolRule().check(List.of(
                    aCommitment().by(REGION).of("500000").build(),
                    aCommitment().by(MICROSOFT).of("500000.00").build()));

            assertThat(status.firstTotal()).isEqualTo(Money.euros(500_000));
            assertThat(status.secondTotal()).isEqualTo(Money.euros(500_000));
            assertThat(status.honoured()).isTrue();
            assertThat(status.gap()).isEqualTo(Money.ZERO);
            assertThat(status.rule()).isEqualTo(schoolRule());
        }

        @Test
        @DisplayName("adds up several commitments of each funder exactly")
        void sumsExactly() {
            ParityStatus status = schoolRule().check(List.of(
                    aCommitment().by(REGION).of("0,10").build(),
                    aCommitment().by(REGION).of("0,20").build(),
                    aCommitment().by(MICROSOFT).of("0.30").build()));

            assertThat(status.firstTotal()).isEqualTo(Money.ofCents(30));
            assertThat(status.honoured()).isTrue();
        }

        @Test
        @DisplayName("a school-wide rule also counts the cohort-level commitments of that school")
        void schoolRuleCountsCohorts() {
            ParityStatus status = schoolRule().check(List.of(
                    aCommitment().by(REGION).of("300000").build(),
                    aCommitment().by(REGION).forCohort(Ids.cohort(1)).of("200000").build(),
                    aCommitment().by(MICROSOFT).forCohort(Ids.cohort(2)).of("500000").build()));

            assertThat(status.firstTotal()).isEqualTo(Money.euros(500_000));
            assertThat(status.secondTotal()).isEqualTo(Money.euros(500_000));
            assertThat(status.honoured()).isTrue();
        }

        @Test
        @DisplayName("a cohort rule counts only that cohort's commitments")
        void cohortRuleCountsOnlyItsCohort() {
            ParityStatus status = cohortRule().check(List.of(
                    aCommitment().by(REGION).forCohort(Ids.cohort(1)).of("100000").build(),
                    aCommitment().by(REGION).of("900000").build(),
                    aCommitment().by(REGION).forCohort(Ids.cohort(2)).of("50000").build(),
                    aCommitment().by(MICROSOFT).forCohort(Ids.cohort(1)).of("80000").build(),
                    aCommitment().by(MICROSOFT).of("20000").build()));

            assertThat(status.firstTotal()).isEqualTo(Money.euros(100_000));
            assertThat(status.secondTotal()).isEqualTo(Money.euros(80_000));
            assertThat(status.honoured()).isFalse();
            assertThat(status.gap()).isEqualTo(Money.euros(20_000));
        }

        @Test
        @DisplayName("ignores other schools and other funders")
        void ignoresOthers() {
            ParityStatus status = schoolRule().check(List.of(
                    aCommitment().by(REGION).of("1000").build(),
                    aCommitment().by(REGION).forSchool(Ids.school(2)).of("5000").build(),
                    aCommitment().by(OTHER_FUNDER).of("7000").build(),
                    aCommitment().by(MICROSOFT).of("1000").build()));

            assertThat(status.firstTotal()).isEqualTo(Money.euros(1000));
            assertThat(status.secondTotal()).isEqualTo(Money.euros(1000));
            assertThat(status.honoured()).isTrue();
        }

        @Test
        @DisplayName("is honoured only to the cent")
        void toTheCent() {
            ParityStatus status = schoolRule().check(List.of(
                    aCommitment().by(REGION).of("500000,00").build(),
                    aCommitment().by(MICROSOFT).of("499999,99").build()));

            assertThat(status.honoured()).isFalse();
            assertThat(status.gap()).isEqualTo(Money.ofCents(1));
        }

        @Test
        @DisplayName("the gap is what the funder behind would have to add")
        void gap() {
            ParityStatus status = schoolRule().check(List.of(
                    aCommitment().by(REGION).of("250000").build(),
                    aCommitment().by(MICROSOFT).of("400000,50").build()));

            assertThat(status.gap()).isEqualTo(Money.parse("150000.50", "gap"));
            assertThat(status.firstTotal().plus(status.gap())).isEqualTo(status.secondTotal());
        }

        @Test
        @DisplayName("with a single funder's commitments, the gap is that funder's total")
        void oneSidedGap() {
            ParityStatus status = schoolRule().check(List.of(aCommitment().by(MICROSOFT).of("42").build()));

            assertThat(status.firstTotal()).isEqualTo(Money.ZERO);
            assertThat(status.honoured()).isFalse();
            assertThat(status.gap()).isEqualTo(Money.euros(42));
        }
    }
}
