package org.tremplin.domain.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tremplin.domain.testdata.Commitments.aCommitment;
import static org.tremplin.domain.testdata.DomainAssertions.assertInvalid;

import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tremplin.domain.cohort.CohortId;
import org.tremplin.domain.error.ErrorCodes;
import org.tremplin.domain.shared.Money;
import org.tremplin.domain.testdata.Ids;

@DisplayName("FundingCommitment")
class FundingCommitmentTest {

    @Nested
    @DisplayName("amount and year")
    class AmountAndYear {
        @Test
        @DisplayName("is committed unsaved with the values given")
        void commit() {
            FundingCommitment commitment = FundingCommitment.commit(Ids.commitment(), Ids.partner(1), Ids.school(),
                    Optional.of(Ids.cohort()), Money.parse("250000,50", "amount"), 2024);

            assertThat(commitment.version()).isZero();
            assertThat(commitment.funderId()).isEqualTo(Ids.partner(1));
            assertThat(commitment.schoolId()).isEqualTo(Ids.school());
            assertThat(commitment.cohortId()).contains(Ids.cohort());
            assertThat(commitment.amount()).isEqualTo(Money.ofCents(25_000_050));
            assertThat(commitment.year()).isEqualTo(2024);
        }

        @Test
        @DisplayName("accepts one cent")
        void oneCent() {
            assertThat(aCommitment().of(Money.ofCents(1)).build().amount()).isEqualTo(Money.ofCents(1));
        }

        @Test
        @DisplayName("refuses zero with funding.amount-not-positive")
        void refusesZero() {
            var error = assertInvalid(() -> aCommitment().of(Money.ZERO).build(), ErrorCodes.AMOUNT_NOT_POSITIVE,
                    "amount");

            assertThat(error).hasMessage("amount must be more than zero");
        }

        @Test
        @DisplayName("refuses a negative amount with funding.amount-not-positive")
        void refusesNegative() {
            assertInvalid(() -> aCommitment().of(Money.ofCents(-1)).build(), ErrorCodes.AMOUNT_NOT_POSITIVE,
                    "amount");
        }

        @ParameterizedTest(name = "accepts year {0}")
        @ValueSource(ints = {2015, 2024, 2100})
        void acceptsYears(int year) {
            assertThat(aCommitment().in(year).build().year()).isEqualTo(year);
        }

        @ParameterizedTest(name = "refuses year {0}")
        @ValueSource(ints = {0, 2014, 2101, 20240})
        void refusesYears(int year) {
            var error = assertInvalid(() -> aCommitment().in(year).build(), ErrorCodes.OUT_OF_RANGE, "year");

            assertThat(error).hasMessage("year must be between 2015 and 2100");
        }

        @Test
        @DisplayName("refuses missing values")
        void refusesMissingValues() {
            Money amount = Money.euros(1);
            assertInvalid(() -> FundingCommitment.commit(null, Ids.partner(), Ids.school(), Optional.empty(), amount,
                    2024), ErrorCodes.REQUIRED, "id");
            assertInvalid(() -> FundingCommitment.commit(Ids.commitment(), null, Ids.school(), Optional.empty(),
                    amount, 2024), ErrorCodes.REQUIRED, "funderId");
            assertInvalid(() -> FundingCommitment.commit(Ids.commitment(), Ids.partner(), null, Optional.empty(),
                    amount, 2024), ErrorCodes.REQUIRED, "schoolId");
            assertInvalid(() -> FundingCommitment.commit(Ids.commitment(), Ids.partner(), Ids.school(), null, amount,
                    2024), ErrorCodes.REQUIRED, "cohortId");
            assertInvalid(() -> FundingCommitment.commit(Ids.commitment(), Ids.partner(), Ids.school(),
                    Optional.empty(), null, 2024), ErrorCodes.REQUIRED, "amount");
        }

        @Test
        @DisplayName("amend changes amount and year, keeps the rest, and checks them")
        void amend() {
            FundingCommitment commitment = aCommitment().forCohort(Ids.cohort()).build().withVersion(4);

            FundingCommitment amended = commitment.amend(Money.euros(120_000), 2025);

            assertThat(amended.amount()).isEqualTo(Money.euros(120_000));
            assertThat(amended.year()).isEqualTo(2025);
            assertThat(amended.version()).isEqualTo(4);
            assertThat(amended.id()).isEqualTo(commitment.id());
            assertThat(amended.cohortId()).isEqualTo(commitment.cohortId());
            assertInvalid(() -> commitment.amend(Money.ZERO, 2025), ErrorCodes.AMOUNT_NOT_POSITIVE, "amount");
            assertInvalid(() -> commitment.amend(Money.euros(1), 2014), ErrorCodes.OUT_OF_RANGE, "year");
        }
    }

    @Nested
    @DisplayName("fallsWithin a parity rule's scope")
    class Scope {
        private final Optional<CohortId> wholeSchool = Optional.empty();

        @Test
        @DisplayName("a school-wide commitment counts for its school's rule")
        void schoolWideInSchoolScope() {
            assertThat(aCommitment().build().fallsWithin(Ids.school(), wholeSchool)).isTrue();
        }

        @Test
        @DisplayName("a cohort commitment counts for its school's rule")
        void cohortInSchoolScope() {
            assertThat(aCommitment().forCohort(Ids.cohort(1)).build().fallsWithin(Ids.school(), wholeSchool))
                    .isTrue();
        }

        @Test
        @DisplayName("a cohort commitment counts for that cohort's rule")
        void cohortInCohortScope() {
            assertThat(aCommitment().forCohort(Ids.cohort(1)).build()
                    .fallsWithin(Ids.school(), Optional.of(Ids.cohort(1)))).isTrue();
        }

        @Test
        @DisplayName("a commitment for another cohort does not count for a cohort's rule")
        void otherCohort() {
            assertThat(aCommitment().forCohort(Ids.cohort(2)).build()
                    .fallsWithin(Ids.school(), Optional.of(Ids.cohort(1)))).isFalse();
        }

        @Test
        @DisplayName("a school-wide commitment does not count for a cohort's rule")
        void schoolWideNotInCohortScope() {
            assertThat(aCommitment().build().fallsWithin(Ids.school(), Optional.of(Ids.cohort(1)))).isFalse();
        }

        @Test
        @DisplayName("a commitment for another school never counts")
        void otherSchool() {
            assertThat(aCommitment().forSchool(Ids.school(2)).build().fallsWithin(Ids.school(1), wholeSchool))
                    .isFalse();
            assertThat(aCommitment().forSchool(Ids.school(2)).forCohort(Ids.cohort(1)).build()
                    .fallsWithin(Ids.school(1), Optional.of(Ids.cohort(1)))).isFalse();
        }
    }
}
