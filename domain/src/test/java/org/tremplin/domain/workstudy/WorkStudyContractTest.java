package org.tremplin.domain.workstudy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tremplin.domain.testdata.Contracts.aContract;
import static org.tremplin.domain.testdata.DomainAssertions.assertInvalid;
import static org.tremplin.domain.testdata.DomainAssertions.assertViolation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.tremplin.domain.error.ErrorCodes;
import org.tremplin.domain.testdata.Contracts;
import org.tremplin.domain.testdata.Ids;

@DisplayName("WorkStudyContract")
class WorkStudyContractTest {
    private static final LocalDate START = Contracts.START;
    private static final LocalDate END = Contracts.PLANNED_END;

    @Nested
    @DisplayName("signing")
    class Signing {
        @Test
        @DisplayName("is signed unsaved and unbroken, texts trimmed")
        void sign() {
            WorkStudyContract contract = WorkStudyContract.sign(Ids.contract(), Ids.learner(), Ids.partner(2),
                    ContractKind.PROFESSIONALISATION, START, END, " Développeuse data ", " Claire Martin ");

            assertThat(contract.version()).isZero();
            assertThat(contract.kind()).isEqualTo(ContractKind.PROFESSIONALISATION);
            assertThat(contract.jobTitle()).isEqualTo("Développeuse data");
            assertThat(contract.tutorName()).isEqualTo("Claire Martin");
            assertThat(contract.isBroken()).isFalse();
            assertThat(contract.breakOff()).isEmpty();
            assertThat(contract.effectiveEndDate()).isEqualTo(END);
        }

        @Test
        @DisplayName("accepts an end the day after the start")
        void shortest() {
            assertThat(Contracts.from(START, START.plusDays(1)).plannedEndDate()).isEqualTo(START.plusDays(1));
        }

        @Test
        @DisplayName("refuses an end on the start day with date.order")
        void refusesSameDay() {
            var error = assertInvalid(() -> Contracts.from(START, START), ErrorCodes.DATE_ORDER, "plannedEndDate");

            assertThat(error).hasMessage("plannedEndDate must come after startDate");
        }

        @Test
        @DisplayName("refuses an end before the start with date.order")
        void refusesEndBeforeStart() {
            assertInvalid(() -> Contracts.from(START, START.minusDays(1)), ErrorCodes.DATE_ORDER, "plannedEndDate");
        }

        @Test
        @DisplayName("accepts three years (36 months) to the day before the anniversary")
        void acceptsThirtySixMonths() {
            LocalDate start = LocalDate.of(2020, 9, 1);

            assertThat(Contracts.from(start, LocalDate.of(2023, 8, 31)).plannedEndDate())
                    .isEqualTo(LocalDate.of(2023, 8, 31));
        }

        @Test
        @DisplayName("refuses more than 36 months with value.out-of-range")
        void refusesMoreThanThirtySixMonths() {
            LocalDate start = LocalDate.of(2020, 9, 1);

            var error = assertInvalid(() -> Contracts.from(start, LocalDate.of(2023, 9, 2)), ErrorCodes.OUT_OF_RANGE,
                    "plannedEndDate");
            assertThat(error).hasMessage("a work-study contract lasts at most 36 months");
            assertInvalid(() -> Contracts.from(start, LocalDate.of(2024, 9, 1)), ErrorCodes.OUT_OF_RANGE,
                    "plannedEndDate");
        }

        @Test
        @DisplayName("job title and tutor name: required, at most 120 characters")
        void texts() {
            String longest = "x".repeat(WorkStudyContract.TEXT_MAX_LENGTH);

            assertThat(aContract().withJobTitle(longest).withTutorName(longest).build().jobTitle()).hasSize(120);
            assertInvalid(() -> aContract().withJobTitle(longest + "x").build(), ErrorCodes.TOO_LONG, "jobTitle");
            assertInvalid(() -> aContract().withTutorName(longest + "x").build(), ErrorCodes.TOO_LONG, "tutorName");
            assertInvalid(() -> aContract().withJobTitle(" ").build(), ErrorCodes.REQUIRED, "jobTitle");
            assertInvalid(() -> aContract().withTutorName(null).build(), ErrorCodes.REQUIRED, "tutorName");
        }

        @Test
        @DisplayName("refuses missing values")
        void refusesMissingValues() {
            var learner = Ids.learner();
            var host = Ids.partner(2);
            var kind = ContractKind.APPRENTICESHIP;
            assertInvalid(() -> WorkStudyContract.sign(null, learner, host, kind, START, END, "Dev", "Tutor"),
                    ErrorCodes.REQUIRED, "id");
            assertInvalid(() -> WorkStudyContract.sign(Ids.contract(), null, host, kind, START, END, "Dev", "Tutor"),
                    ErrorCodes.REQUIRED, "learnerId");
            assertInvalid(() -> WorkStudyContract.sign(Ids.contract(), learner, null, kind, START, END, "Dev",
                    "Tutor"), ErrorCodes.REQUIRED, "hostId");
            assertInvalid(() -> WorkStudyContract.sign(Ids.contract(), learner, host, null, START, END, "Dev",
                    "Tutor"), ErrorCodes.REQUIRED, "kind");
            assertInvalid(() -> WorkStudyContract.sign(Ids.contract(), learner, host, kind, null, END, "Dev",
                    "Tutor"), ErrorCodes.REQUIRED, "startDate");
            assertInvalid(() -> WorkStudyContract.sign(Ids.contract(), learner, host, kind, START, null, "Dev",
                    "Tutor"), ErrorCodes.REQUIRED, "plannedEndDate");
            assertInvalid(() -> new WorkStudyContract(Ids.contract(), 0, learner, host, kind, START, END, "Dev",
                    "Tutor", null), ErrorCodes.REQUIRED, "breakOff");
        }
    }

    @Nested
    @DisplayName("breaking off")
    class Breaking {
        @Test
        @DisplayName("a broken contract ends on the day of the break")
        void breakOff() {
            WorkStudyContract broken = Contracts.contract().breakOff(LocalDate.of(2019, 9, 15), BrokenBy.APPRENTICE);

            assertThat(broken.isBroken()).isTrue();
            assertThat(broken.breakOff()).contains(new ContractBreak(LocalDate.of(2019, 9, 15), BrokenBy.APPRENTICE));
            assertThat(broken.effectiveEndDate()).isEqualTo(LocalDate.of(2019, 9, 15));
            assertThat(broken.plannedEndDate()).isEqualTo(END);
        }

        @Test
        @DisplayName("may be broken on its first day and on the day before its planned end")
        void bounds() {
            assertThat(Contracts.contract().breakOff(START, BrokenBy.EMPLOYER).effectiveEndDate()).isEqualTo(START);
            assertThat(Contracts.contract().breakOff(END.minusDays(1), BrokenBy.EMPLOYER).effectiveEndDate())
                    .isEqualTo(END.minusDays(1));
        }

        @Test
        @DisplayName("refuses a break before the start with contract.break-outside-contract")
        void beforeStart() {
            var error = assertInvalid(() -> Contracts.contract().breakOff(START.minusDays(1), BrokenBy.EMPLOYER),
                    ErrorCodes.CONTRACT_BREAK_OUTSIDE, "brokenOn");

            assertThat(error).hasMessage("a contract is broken between its start and the day before its planned end");
        }

        @Test
        @DisplayName("refuses a break on or after the planned end")
        void onOrAfterPlannedEnd() {
            assertInvalid(() -> Contracts.contract().breakOff(END, BrokenBy.EMPLOYER),
                    ErrorCodes.CONTRACT_BREAK_OUTSIDE, "brokenOn");
            assertInvalid(() -> Contracts.contract().breakOff(END.plusDays(1), BrokenBy.EMPLOYER),
                    ErrorCodes.CONTRACT_BREAK_OUTSIDE, "brokenOn");
        }

        @Test
        @DisplayName("the constructor checks the break as well")
        void constructorChecksBreak() {
            assertInvalid(() -> aContract().brokenOn(END).build(), ErrorCodes.CONTRACT_BREAK_OUTSIDE, "brokenOn");
        }

        @Test
        @DisplayName("refuses a second break with contract.already-broken")
        void noDoubleBreak() {
            WorkStudyContract broken = Contracts.contract().breakOff(LocalDate.of(2019, 9, 15), BrokenBy.APPRENTICE);

            var error = assertViolation(() -> broken.breakOff(LocalDate.of(2019, 10, 1), BrokenBy.EMPLOYER),
                    ErrorCodes.CONTRACT_ALREADY_BROKEN, "brokenOn");
            assertThat(error).hasMessage("the contract is already broken");
        }

        @Test
        @DisplayName("refuses a break without a date or a party")
        void needsDateAndParty() {
            assertInvalid(() -> Contracts.contract().breakOff(null, BrokenBy.EMPLOYER), ErrorCodes.REQUIRED,
                    "brokenOn");
            assertInvalid(() -> Contracts.contract().breakOff(START, null), ErrorCodes.REQUIRED, "brokenBy");
        }

        @Test
        @DisplayName("amend keeps the break and refuses dates that leave it outside the contract")
        void amendKeepsBreak() {
            WorkStudyContract broken = aContract().brokenOn(LocalDate.of(2019, 9, 15)).build().withVersion(2);

            WorkStudyContract amended = broken.amend(ContractKind.PROFESSIONALISATION, START,
                    LocalDate.of(2020, 8, 31), "Data analyst", "Paul Durand");
            assertThat(amended.breakOff()).isEqualTo(broken.breakOff());
            assertThat(amended.plannedEndDate()).isEqualTo(LocalDate.of(2020, 8, 31));
            assertThat(amended.kind()).isEqualTo(ContractKind.PROFESSIONALISATION);
            assertThat(amended.version()).isEqualTo(2);

            assertInvalid(() -> broken.amend(ContractKind.APPRENTICESHIP, LocalDate.of(2019, 10, 1), END, "Dev",
                    "Tutor"), ErrorCodes.CONTRACT_BREAK_OUTSIDE, "brokenOn");
        }
    }

    @Nested
    @DisplayName("dates in force")
    class InForce {
        @Test
        @DisplayName("is active from its start to its planned end, both included")
        void activeOn() {
            WorkStudyContract contract = Contracts.contract();

            assertThat(contract.isActiveOn(START.minusDays(1))).isFalse();
            assertThat(contract.isActiveOn(START)).isTrue();
            assertThat(contract.isActiveOn(END)).isTrue();
            assertThat(contract.isActiveOn(END.plusDays(1))).isFalse();
        }

        @Test
        @DisplayName("a broken contract is active until the day of the break only")
        void brokenActiveOn() {
            WorkStudyContract broken = aContract().brokenOn(LocalDate.of(2019, 9, 15)).build();

            assertThat(broken.isActiveOn(LocalDate.of(2019, 9, 15))).isTrue();
            assertThat(broken.isActiveOn(LocalDate.of(2019, 9, 16))).isFalse();
        }
    }

    @Nested
    @DisplayName("overlap")
    class Overlap {
        private final WorkStudyContract first = aContract().withId(1).from(START).until(END).build();

        @Test
        @DisplayName("a contract starting the day after the other ends does not overlap it")
        void adjacent() {
            WorkStudyContract next = aContract().withId(2).from(END.plusDays(1)).until(END.plusMonths(6)).build();

            assertThat(first.overlaps(next)).isFalse();
            assertThat(next.overlaps(first)).isFalse();
            next.requireNoOverlapWith(List.of(first));
        }

        @Test
        @DisplayName("a contract starting on the other's last day overlaps it")
        void sharedDay() {
            WorkStudyContract next = aContract().withId(2).from(END).until(END.plusMonths(6)).build();

            assertThat(first.overlaps(next)).isTrue();
            assertThat(next.overlaps(first)).isTrue();
        }

        @Test
        @DisplayName("a contract inside or around the other overlaps it")
        void containment() {
            WorkStudyContract inside = aContract().withId(2).from(START.plusMonths(1)).until(START.plusMonths(2))
                    .build();
            WorkStudyContract around = aContract().withId(3).from(START.minusMonths(1)).until(END.plusMonths(1))
                    .build();

            assertThat(first.overlaps(inside)).isTrue();
            assertThat(inside.overlaps(first)).isTrue();
            assertThat(first.overlaps(around)).isTrue();
        }

        @Test
        @DisplayName("requireNoOverlapWith refuses a clash with contract.overlap on startDate")
        void refusesClash() {
            WorkStudyContract clashing = aContract().withId(2).from(START.plusMonths(3)).until(END.plusMonths(3))
                    .build();

            var error = assertViolation(() -> clashing.requireNoOverlapWith(List.of(first)),
                    ErrorCodes.CONTRACT_OVERLAP, "startDate");
            assertThat(error).hasMessage("this contract overlaps another contract of the same learner");
        }

        @Test
        @DisplayName("contracts of other learners do not count")
        void otherLearners() {
            WorkStudyContract someoneElse = aContract().withId(2).forLearner(Ids.learner(2)).build();

            first.requireNoOverlapWith(List.of(someoneElse));
            assertThat(first.overlaps(someoneElse)).isTrue();
        }

        @Test
        @DisplayName("a broken contract no longer overlaps a contract starting after the break")
        void brokenNoLongerOverlaps() {
            WorkStudyContract broken = aContract().withId(1).brokenOn(LocalDate.of(2019, 9, 15)).build();
            WorkStudyContract next = aContract().withId(2).from(LocalDate.of(2019, 9, 16))
                    .until(LocalDate.of(2020, 9, 15)).build();

            assertThat(next.overlaps(first)).isTrue();
            assertThat(next.overlaps(broken)).isFalse();
            next.requireNoOverlapWith(List.of(broken));
        }

        @Test
        @DisplayName("a broken contract still overlaps a contract starting on the day of the break")
        void brokenStillOverlapsOnBreakDay() {
            WorkStudyContract broken = aContract().withId(1).brokenOn(LocalDate.of(2019, 9, 15)).build();
            WorkStudyContract next = aContract().withId(2).from(LocalDate.of(2019, 9, 15))
                    .until(LocalDate.of(2020, 9, 15)).build();

            assertViolation(() -> next.requireNoOverlapWith(List.of(broken)), ErrorCodes.CONTRACT_OVERLAP,
                    "startDate");
        }

        @Test
        @DisplayName("a contract being updated does not overlap its own former version")
        void notWithItself() {
            WorkStudyContract updated = first.amend(ContractKind.APPRENTICESHIP, START.plusMonths(1),
                    END.plusMonths(1), "Dev", "Tutor");

            assertThat(updated.overlaps(first)).isTrue();
            updated.requireNoOverlapWith(List.of(first));
        }

        @Test
        @DisplayName("the update still clashes with the learner's other contracts")
        void updateStillChecksOthers() {
            WorkStudyContract other = aContract().withId(2).from(END.plusDays(1)).until(END.plusMonths(6)).build();
            WorkStudyContract updated = first.amend(ContractKind.APPRENTICESHIP, START, END.plusDays(1), "Dev",
                    "Tutor");

            assertViolation(() -> updated.requireNoOverlapWith(List.of(first, other)), ErrorCodes.CONTRACT_OVERLAP,
                    "startDate");
        }

        @Test
        @DisplayName("no other contract, no clash")
        void empty() {
            first.requireNoOverlapWith(List.of());
            assertThat(first.breakOff()).isEqualTo(Optional.empty());
        }
    }
}
