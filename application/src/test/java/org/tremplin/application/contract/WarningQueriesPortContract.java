package org.tremplin.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tremplin.application.common.Page;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.port.in.EarlyWarning;
import org.tremplin.application.port.in.WarningFilter;
import org.tremplin.application.port.in.WarningKind;
import org.tremplin.domain.cohort.Cohort;
import org.tremplin.domain.learner.DropOutReason;
import org.tremplin.domain.learner.Learner;
import org.tremplin.domain.learner.LearnerId;
import org.tremplin.domain.outcome.Situation;
import org.tremplin.domain.partner.Partner;
import org.tremplin.domain.school.Region;
import org.tremplin.domain.school.School;
import org.tremplin.domain.shared.Identifiers;
import org.tremplin.domain.workstudy.BrokenBy;
import org.tremplin.domain.workstudy.WorkStudyContract;

/**
 * Every adapter finds the same early warnings, by the definitions of {@code WarningQueries}: one
 * small network holds a learner on each side of each boundary.
 */
public abstract class WarningQueriesPortContract extends PortContract {
    private static final LocalDate AS_OF = LocalDate.of(2024, 6, 14);
    private static final LocalDate WORK_STUDY_START = LocalDate.of(2024, 1, 8);
    private static final LocalDate CONTRACT_END = LocalDate.of(2025, 1, 7);

    private School lille;
    private School nantes;
    private Cohort lille2023;
    private Partner host;
    // Contracts
    private Learner brokenThirtyDaysAgo;
    private Learner brokenTwentyNineDaysAgo;
    private Learner replaced;
    private Learner droppedOutAfterBreak;
    private Learner neverHadContract;
    private Learner neverHadContractInNantes;
    private Learner contractEnded;
    private Learner underContract;
    // Follow-ups
    private Learner sixMonthsOverdueSinceYesterday;
    private Learner sixMonthsDueToday;
    private Learner followedUpAtWindowStart;
    private Learner followedUpTheDayBeforeWindow;
    private Learner sixMonthWindowClosesToday;
    private Learner sixMonthWindowClosedYesterday;
    private Learner twelveMonthsOverdueAfterDroppingOut;

    @BeforeEach
    void aNetworkWithALearnerOnEachSideOfEachBoundary() {
        lille = ports.schools().save(data.school("École IA Lille", Region.HAUTS_DE_FRANCE, "59"));
        nantes = ports.schools().save(data.school("École IA Nantes", Region.PAYS_DE_LA_LOIRE, "44"));
        lille2023 = ports.cohorts().save(data.cohort(lille, LocalDate.of(2023, 9, 4)));
        Cohort nantes2023 = ports.cohorts().save(data.cohort(nantes, LocalDate.of(2023, 9, 4)));
        Cohort lille2021 = ports.cohorts().save(data.cohort(lille, LocalDate.of(2021, 10, 4)));
        host = data.savedPartner();

        brokenThirtyDaysAgo = inWorkStudy(lille2023);
        contract(brokenThirtyDaysAgo, WORK_STUDY_START, CONTRACT_END, Optional.of(AS_OF.minusDays(30)));
        brokenTwentyNineDaysAgo = inWorkStudy(lille2023);
        contract(brokenTwentyNineDaysAgo, WORK_STUDY_START, CONTRACT_END, Optional.of(AS_OF.minusDays(29)));
        replaced = inWorkStudy(lille2023);
        contract(replaced, WORK_STUDY_START, CONTRACT_END, Optional.of(LocalDate.of(2024, 3, 1)));
        contract(replaced, LocalDate.of(2024, 4, 2), LocalDate.of(2025, 3, 31), Optional.empty());
        droppedOutAfterBreak = ports.learners().save(workStudyLearner(lille2023)
                .dropOut(LocalDate.of(2024, 3, 20), DropOutReason.NO_WORK_STUDY_HOST));
        contract(droppedOutAfterBreak, WORK_STUDY_START, CONTRACT_END, Optional.of(LocalDate.of(2024, 3, 1)));

        neverHadContract = inWorkStudy(lille2023);
        neverHadContractInNantes = inWorkStudy(nantes2023);
        contractEnded = inWorkStudy(lille2023);
        contract(contractEnded, WORK_STUDY_START, LocalDate.of(2024, 5, 31), Optional.empty());
        underContract = inWorkStudy(lille2023);
        contract(underContract, WORK_STUDY_START, CONTRACT_END, Optional.empty());

        sixMonthsOverdueSinceYesterday = graduate(lille2021, LocalDate.of(2023, 12, 13));
        sixMonthsDueToday = graduate(lille2021, LocalDate.of(2023, 12, 14));
        followedUpAtWindowStart = graduate(lille2021, LocalDate.of(2023, 11, 10));
        outcome(followedUpAtWindowStart, LocalDate.of(2024, 2, 10));
        followedUpTheDayBeforeWindow = graduate(lille2021, LocalDate.of(2023, 11, 10));
        outcome(followedUpTheDayBeforeWindow, LocalDate.of(2024, 2, 9));
        sixMonthWindowClosesToday = graduate(lille2021, LocalDate.of(2023, 9, 14));
        sixMonthWindowClosedYesterday = graduate(lille2021, LocalDate.of(2023, 9, 13));
        twelveMonthsOverdueAfterDroppingOut = ports.learners().save(data.learner(lille2021, "Dropout" + data.next())
                .startCentre(lille2021.startDate()).dropOut(LocalDate.of(2023, 5, 10), DropOutReason.HEALTH));
        // The six-month follow-up, outside the twelve-month window.
        outcome(twelveMonthsOverdueAfterDroppingOut, LocalDate.of(2023, 11, 10));
    }

    @Test
    void a_contract_broken_thirty_days_ago_and_not_replaced_is_a_warning_from_the_thirtieth_day() {
        assertThat(listOf(WarningKind.BROKEN_CONTRACT_NOT_REPLACED))
                .containsExactly(warning(WarningKind.BROKEN_CONTRACT_NOT_REPLACED, brokenThirtyDaysAgo,
                        AS_OF.minusDays(30)));
    }

    @Test
    void for_twenty_nine_days_after_a_break_the_learner_is_only_without_a_contract() {
        assertThat(everyWarning()).filteredOn(warning -> warning.learnerId().equals(brokenTwentyNineDaysAgo.id()))
                .containsExactly(warning(WarningKind.WORK_STUDY_WITHOUT_CONTRACT, brokenTwentyNineDaysAgo,
                        AS_OF.minusDays(28)));
    }

    @Test
    void a_replacement_contract_or_leaving_the_programme_ends_the_contract_warnings() {
        assertThat(learnersOf(everyWarning())).doesNotContain(replaced.id(), droppedOutAfterBreak.id(),
                underContract.id());
    }

    @Test
    void work_study_without_a_contract_is_dated_from_the_first_day_without_one() {
        List<EarlyWarning> sameDay = new ArrayList<>(List.of(
                warning(WarningKind.WORK_STUDY_WITHOUT_CONTRACT, neverHadContract, WORK_STUDY_START),
                warning(WarningKind.WORK_STUDY_WITHOUT_CONTRACT, neverHadContractInNantes, WORK_STUDY_START)));
        sameDay.sort(Comparator.comparing(warning -> warning.learnerId().value(), Identifiers.ORDER));

        assertThat(listOf(WarningKind.WORK_STUDY_WITHOUT_CONTRACT)).containsExactly(sameDay.get(0), sameDay.get(1),
                warning(WarningKind.WORK_STUDY_WITHOUT_CONTRACT, brokenTwentyNineDaysAgo, AS_OF.minusDays(28)),
                warning(WarningKind.WORK_STUDY_WITHOUT_CONTRACT, contractEnded, LocalDate.of(2024, 6, 1)));
    }

    @Test
    void a_six_month_follow_up_is_overdue_from_the_day_after_it_was_due_until_its_window_closes() {
        assertThat(listOf(WarningKind.OUTCOME_OVERDUE_6_MONTHS)).containsExactly(
                warning(WarningKind.OUTCOME_OVERDUE_6_MONTHS, sixMonthWindowClosesToday, LocalDate.of(2024, 3, 14)),
                warning(WarningKind.OUTCOME_OVERDUE_6_MONTHS, followedUpTheDayBeforeWindow, LocalDate.of(2024, 5, 10)),
                warning(WarningKind.OUTCOME_OVERDUE_6_MONTHS, sixMonthsOverdueSinceYesterday,
                        LocalDate.of(2024, 6, 13)));
        assertThat(learnersOf(everyWarning())).doesNotContain(sixMonthsDueToday.id(), followedUpAtWindowStart.id(),
                sixMonthWindowClosedYesterday.id());
    }

    @Test
    void a_twelve_month_follow_up_needs_an_observation_in_its_own_window_and_concerns_drop_outs_too() {
        assertThat(listOf(WarningKind.OUTCOME_OVERDUE_12_MONTHS)).containsExactly(warning(
                WarningKind.OUTCOME_OVERDUE_12_MONTHS, twelveMonthsOverdueAfterDroppingOut, LocalDate.of(2024, 5, 10)));
    }

    @Test
    void the_whole_list_runs_kind_by_kind_and_pages_without_losing_or_repeating_a_warning() {
        List<EarlyWarning> all = everyWarning();
        Page<EarlyWarning> first = ports.warnings().list(WarningFilter.all(), AS_OF, new PageRequest(0, 3));
        Page<EarlyWarning> second = ports.warnings().list(WarningFilter.all(), AS_OF, new PageRequest(1, 3));
        Page<EarlyWarning> last = ports.warnings().list(WarningFilter.all(), AS_OF, new PageRequest(2, 3));

        assertThat(all).hasSize(9).extracting(EarlyWarning::kind).isSortedAccordingTo(Comparator.naturalOrder());
        assertThat(first.totalItems()).isEqualTo(9);
        assertThat(first.items()).containsExactlyElementsOf(all.subList(0, 3));
        assertThat(second.items()).containsExactlyElementsOf(all.subList(3, 6));
        assertThat(last.items()).containsExactlyElementsOf(all.subList(6, 9));
        assertThat(last.hasNext()).isFalse();
        Page<EarlyWarning> beyond = ports.warnings().list(WarningFilter.all(), AS_OF, new PageRequest(5, 3));
        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.totalItems()).as("past the last page, the total still counts").isEqualTo(9);
    }

    @Test
    void a_warning_names_the_learner_and_their_school_and_cohort() {
        EarlyWarning warning = listOf(WarningKind.BROKEN_CONTRACT_NOT_REPLACED).getFirst();

        assertThat(warning.name()).isEqualTo(brokenThirtyDaysAgo.name());
        assertThat(warning.schoolId()).isEqualTo(lille.id());
        assertThat(warning.cohortId()).isEqualTo(lille2023.id());
    }

    @Test
    void a_school_filter_keeps_that_schools_learners_and_the_counts_follow_it() {
        WarningFilter inNantes = new WarningFilter(Optional.of(Set.of(nantes.id())), Optional.empty());

        assertThat(learnersOf(ports.warnings().list(inNantes, AS_OF, PageRequest.first(50)).items()))
                .containsExactly(neverHadContractInNantes.id());
        assertThat(ports.warnings().countByKind(inNantes, AS_OF)).containsExactlyInAnyOrderEntriesOf(Map.of(
                WarningKind.BROKEN_CONTRACT_NOT_REPLACED, 0L, WarningKind.WORK_STUDY_WITHOUT_CONTRACT, 1L,
                WarningKind.OUTCOME_OVERDUE_6_MONTHS, 0L, WarningKind.OUTCOME_OVERDUE_12_MONTHS, 0L));
        assertThat(ports.warnings().list(new WarningFilter(Optional.of(Set.of()), Optional.empty()), AS_OF,
                PageRequest.first(50)).totalItems()).as("an empty set of schools matches nothing").isZero();
    }

    @Test
    void the_counts_cover_every_kind_whatever_kind_the_filter_names() {
        WarningFilter onlyBroken = new WarningFilter(Optional.empty(),
                Optional.of(WarningKind.BROKEN_CONTRACT_NOT_REPLACED));

        assertThat(ports.warnings().countByKind(onlyBroken, AS_OF)).containsExactlyInAnyOrderEntriesOf(Map.of(
                WarningKind.BROKEN_CONTRACT_NOT_REPLACED, 1L, WarningKind.WORK_STUDY_WITHOUT_CONTRACT, 4L,
                WarningKind.OUTCOME_OVERDUE_6_MONTHS, 3L, WarningKind.OUTCOME_OVERDUE_12_MONTHS, 1L));
        assertThat(ports.warnings().list(onlyBroken, AS_OF, PageRequest.first(1)).totalItems()).isEqualTo(1);
    }

    @Test
    void as_of_an_earlier_day_the_learners_are_where_they_were_then() {
        LocalDate beforeTheBreaks = LocalDate.of(2024, 2, 1);

        List<EarlyWarning> then = ports.warnings()
                .list(new WarningFilter(Optional.of(Set.of(lille.id())),
                        Optional.of(WarningKind.WORK_STUDY_WITHOUT_CONTRACT)), beforeTheBreaks, PageRequest.first(50))
                .items();

        assertThat(learnersOf(then)).containsExactly(neverHadContract.id());
    }

    private List<EarlyWarning> listOf(WarningKind kind) {
        return ports.warnings().list(new WarningFilter(Optional.empty(), Optional.of(kind)), AS_OF,
                PageRequest.first(50)).items();
    }

    private List<EarlyWarning> everyWarning() {
        return ports.warnings().list(WarningFilter.all(), AS_OF, PageRequest.first(50)).items();
    }

    private static List<LearnerId> learnersOf(List<EarlyWarning> warnings) {
        return warnings.stream().map(EarlyWarning::learnerId).toList();
    }

    private static EarlyWarning warning(WarningKind kind, Learner learner, LocalDate date) {
        return new EarlyWarning(kind, learner.id(), learner.name(), learner.schoolId(), learner.cohortId(), date);
    }

    private Learner workStudyLearner(Cohort cohort) {
        return data.learner(cohort, "Alternant" + data.next()).startCentre(cohort.startDate())
                .startWorkStudy(WORK_STUDY_START);
    }

    private Learner inWorkStudy(Cohort cohort) {
        return ports.learners().save(workStudyLearner(cohort));
    }

    private Learner graduate(Cohort cohort, LocalDate on) {
        return ports.learners().save(data.graduate(cohort, on));
    }

    private void contract(Learner learner, LocalDate start, LocalDate end, Optional<LocalDate> brokenOn) {
        WorkStudyContract signed = data.contract(learner, host, start, end);
        ports.contracts().save(brokenOn.map(on -> signed.breakOff(on, BrokenBy.EMPLOYER)).orElse(signed));
    }

    private void outcome(Learner learner, LocalDate observedOn) {
        ports.outcomes().save(data.outcome(learner, observedOn, Situation.PERMANENT_CONTRACT, Optional.empty()));
    }
}
