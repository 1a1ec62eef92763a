package org.tremplin.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tremplin.application.port.in.IndicatorScope;
import org.tremplin.domain.applicant.Applicant;
import org.tremplin.domain.applicant.SelectionStage;
import org.tremplin.domain.cohort.Cohort;
import org.tremplin.domain.funding.FundingCommitment;
import org.tremplin.domain.funding.ParityRule;
import org.tremplin.domain.indicator.IndicatorInputs;
import org.tremplin.domain.indicator.IndicatorReport;
import org.tremplin.domain.indicator.Indicators;
import org.tremplin.domain.indicator.LeavingYear;
import org.tremplin.domain.learner.DropOutReason;
import org.tremplin.domain.learner.Learner;
import org.tremplin.domain.outcome.EmploymentOutcome;
import org.tremplin.domain.outcome.Situation;
import org.tremplin.domain.partner.Partner;
import org.tremplin.domain.partner.PartnerKind;
import org.tremplin.domain.partner.PartnerRole;
import org.tremplin.domain.school.Region;
import org.tremplin.domain.school.School;
import org.tremplin.domain.workstudy.BrokenBy;
import org.tremplin.domain.workstudy.WorkStudyContract;

/**
 * Whatever an adapter does to compute indicators (SQL aggregates, say), it must return exactly
 * what the domain's functions return on the records of the scope.
 */
public abstract class IndicatorQueriesPortContract extends PortContract {
    private static final LocalDate AS_OF = LocalDate.of(2025, 1, 15);
    /** Late enough for every horizon of every generated leaver. */
    private static final LocalDate LATE = LocalDate.of(2027, 6, 30);

    private final List<Applicant> applicants = new ArrayList<>();
    private final List<Learner> learners = new ArrayList<>();
    private final List<WorkStudyContract> contracts = new ArrayList<>();
    private final List<EmploymentOutcome> outcomes = new ArrayList<>();
    private final List<FundingCommitment> commitments = new ArrayList<>();
    private final List<ParityRule> parityRules = new ArrayList<>();
    private School castelnau;
    private School lille;
    private Cohort castelnau2021;
    private Partner region;
    private Partner microsoft;
    private Partner host;

    @BeforeEach
    void aSmallNetwork() {
        castelnau = ports.schools().save(data.school("École IA Castelnau-le-Lez", Region.OCCITANIE, "34"));
        School toulouse = ports.schools().save(data.school("École IA Toulouse", Region.OCCITANIE, "31"));
        lille = ports.schools().save(data.school("École IA Lille", Region.HAUTS_DE_FRANCE, "59"));
        region = data.savedFunder(castelnau, "Région Occitanie");
        microsoft = data.savedFunder(castelnau, "Microsoft France");
        host = ports.partners().save(data.partner(PartnerKind.LARGE_COMPANY, "Capgemini")
                .engage(castelnau.id(), Set.of(PartnerRole.WORK_STUDY_HOST, PartnerRole.RECRUITER))
                .engage(lille.id(), Set.of(PartnerRole.WORK_STUDY_HOST)));

        castelnau2021 = ports.cohorts().save(data.cohort(castelnau, LocalDate.of(2021, 10, 4)));
        Cohort castelnau2022 = ports.cohorts().save(data.cohort(castelnau, LocalDate.of(2022, 10, 3)));
        Cohort toulouse2021 = ports.cohorts().save(data.cohort(toulouse, LocalDate.of(2021, 11, 8)));
        Cohort lille2021 = ports.cohorts().save(data.cohort(lille, LocalDate.of(2021, 9, 6)));
        for (Cohort cohort : List.of(castelnau2021, castelnau2022, toulouse2021, lille2021)) {
            populate(cohort);
        }
        commitments.add(ports.funding().save(data.commitment(region, castelnau, Optional.empty(), 300_000, 2021)));
        commitments.add(ports.funding().save(data.commitment(microsoft, castelnau, Optional.of(castelnau2021.id()),
                300_000, 2021)));
        commitments.add(ports.funding().save(data.commitment(microsoft, castelnau, Optional.empty(), 45_000, 2022)));
        parityRules.add(ports.parityRules().save(data.parity(castelnau, Optional.empty(), region, microsoft)));
        parityRules.add(ports.parityRules().save(data.parity(castelnau, Optional.of(castelnau2021.id()), region, microsoft)));
    }

    @Test
    void the_network_report_is_the_domains() {
        assertThat(ports.indicators().report(new IndicatorScope.Network(), AS_OF)).isEqualTo(expected(all -> true));
    }

    @Test
    void a_region_report_covers_its_schools_only() {
        IndicatorReport report = ports.indicators().report(new IndicatorScope.OfRegion(Region.OCCITANIE), AS_OF);

        assertThat(report).isEqualTo(expected(schoolOf -> !schoolOf.equals(lille.id())));
        assertThat(report.training().enrolled()).isLessThan(learners.size());
    }

    @Test
    void a_school_report_covers_its_cohorts() {
        assertThat(ports.indicators().report(new IndicatorScope.OfSchool(castelnau.id()), AS_OF))
                .isEqualTo(expected(schoolOf -> schoolOf.equals(castelnau.id())));
    }

    @Test
    void a_cohort_report_covers_its_people_and_its_own_money() {
        Predicate<Learner> inCohort = learner -> learner.cohortId().equals(castelnau2021.id());
        var ids = learners.stream().filter(inCohort).map(Learner::id).toList();
        IndicatorInputs inputs = new IndicatorInputs(
                applicants.stream().filter(applicant -> applicant.cohortId().equals(castelnau2021.id())).toList(),
                learners.stream().filter(inCohort).toList(),
                contracts.stream().filter(contract -> ids.contains(contract.learnerId())).toList(),
                outcomes.stream().filter(outcome -> ids.contains(outcome.learnerId())).toList(),
                commitments.stream().filter(c -> c.cohortId().equals(Optional.of(castelnau2021.id()))).toList(),
                parityRules.stream().filter(rule -> rule.cohortId().equals(Optional.of(castelnau2021.id()))).toList());

        IndicatorReport report = ports.indicators().report(new IndicatorScope.OfCohort(castelnau2021.id()), AS_OF);

        assertThat(report).isEqualTo(Indicators.report(inputs, AS_OF));
        assertThat(report.funding().parity()).singleElement().satisfies(status -> assertThat(status.honoured()).isFalse());
    }

    @Test
    void a_partner_report_covers_the_learners_it_hosted_or_hired_and_its_money() {
        var hostedOrHired = new java.util.HashSet<org.tremplin.domain.learner.LearnerId>();
        contracts.stream().filter(contract -> contract.hostId().equals(host.id()))
                .forEach(contract -> hostedOrHired.add(contract.learnerId()));
        outcomes.stream().filter(outcome -> outcome.situation().hasEmployer() && outcome.employer()
                        .flatMap(employer -> employer.partnerId()).filter(host.id()::equals).isPresent())
                .forEach(outcome -> hostedOrHired.add(outcome.learnerId()));
        IndicatorInputs inputs = new IndicatorInputs(List.of(),
                learners.stream().filter(learner -> hostedOrHired.contains(learner.id())).toList(),
                contracts.stream().filter(contract -> contract.hostId().equals(host.id())).toList(),
                outcomes.stream().filter(outcome -> hostedOrHired.contains(outcome.learnerId())).toList(),
                List.of(), List.of());

        IndicatorReport report = ports.indicators().report(new IndicatorScope.OfPartner(host.id()), AS_OF);

        assertThat(report).isEqualTo(Indicators.report(inputs, AS_OF));
        assertThat(report.partners()).anySatisfy(contribution -> {
            assertThat(contribution.partnerId()).isEqualTo(host.id());
            assertThat(contribution.apprenticesHosted()).isPositive();
        });
    }

    @Test
    void a_funder_report_holds_its_commitments_and_parity_rules() {
        IndicatorReport report = ports.indicators().report(new IndicatorScope.OfPartner(microsoft.id()), AS_OF);

        assertThat(report.funding().total()).isEqualTo(org.tremplin.domain.shared.Money.euros(345_000));
        assertThat(report.funding().parity()).hasSize(2);
    }

    @Test
    void a_leaving_year_report_is_the_domains_with_its_pooled_figures() {
        for (int year = 2022; year <= 2025; year++) {
            Optional<LeavingYear> leavingYear = Optional.of(new LeavingYear(year));
            assertThat(ports.indicators().report(new IndicatorScope.Network(), LATE, leavingYear))
                    .as("leaving year %s", year).isEqualTo(expected(all -> true, LATE, leavingYear));
        }
        IndicatorReport small = ports.indicators().report(new IndicatorScope.Network(), LATE,
                Optional.of(new LeavingYear(2023)));
        assertThat(small.followUps()).allSatisfy(followUp -> assertThat(followUp.pooled()).isPresent());
    }

    @Test
    void every_horizon_is_counted_late_enough() {
        IndicatorReport report = ports.indicators().report(new IndicatorScope.Network(), LATE);

        assertThat(report).isEqualTo(expected(all -> true, LATE, Optional.empty()));
        assertThat(report.followUps()).extracting(followUp -> followUp.figures().leavers())
                .allSatisfy(leavers -> assertThat(leavers).isPositive());
    }

    /**
     * The follow-ups a report counts follow every write: a follow-up recorded, corrected or deleted,
     * a learner who leaves. An adapter that keeps them worked out must rework them in each write.
     */
    @Test
    void the_follow_ups_counted_follow_every_write() {
        Learner leaver = ports.learners().save(data.learner(castelnau2021, "Leaver" + data.next())
                .startCentre(castelnau2021.startDate()).startWorkStudy(castelnau2021.calendar().workStudyStart()));
        LocalDate leftOn = castelnau2021.calendar().workStudyEnd();
        LocalDate sixMonthsOn = leftOn.plusMonths(6);
        LocalDate asOf = sixMonthsOn.plusMonths(4);
        learners.add(leaver);
        assertThat(report(asOf)).isEqualTo(expected(all -> true, asOf, Optional.empty()));

        Learner graduate = ports.learners().save(leaver.graduate(leftOn));
        replace(learners, leaver, graduate);
        assertThat(report(asOf)).isEqualTo(expected(all -> true, asOf, Optional.empty()));

        EmploymentOutcome hired = ports.outcomes().save(data.outcome(graduate, sixMonthsOn.plusDays(3),
                Situation.PERMANENT_CONTRACT, Optional.of(host)));
        outcomes.add(hired);
        IndicatorReport afterHire = report(asOf);
        assertThat(afterHire).isEqualTo(expected(all -> true, asOf, Optional.empty()));

        EmploymentOutcome corrected = ports.outcomes().save(hired.correct(sixMonthsOn.plusDays(3), Situation.JOB_SEEKING,
                Optional.empty(), Optional.empty()));
        replace(outcomes, hired, corrected);
        IndicatorReport afterCorrection = report(asOf);
        assertThat(afterCorrection).isEqualTo(expected(all -> true, asOf, Optional.empty()));
        assertThat(afterCorrection.sixMonths().salaried()).isEqualTo(afterHire.sixMonths().salaried() - 1);

        ports.outcomes().delete(corrected.id(), corrected.version());
        outcomes.remove(corrected);
        assertThat(report(asOf)).isEqualTo(expected(all -> true, asOf, Optional.empty()));
    }

    /** Likewise the funnel and the contracts: an applicant moved on, a contract signed then broken. */
    @Test
    void the_funnel_and_the_contracts_counted_follow_every_write() {
        Applicant applicant = applicants.stream().filter(a -> a.stage() == SelectionStage.APPLIED).findFirst().orElseThrow();
        Applicant preselected = ports.applicants().save(applicant.moveTo(SelectionStage.PRESELECTED,
                applicant.appliedOn().plusDays(5)));
        replace(applicants, applicant, preselected);
        assertThat(ports.indicators().report(new IndicatorScope.Network(), AS_OF)).isEqualTo(expected(all -> true));

        Learner apprentice = ports.learners().save(data.learner(castelnau2021, "Apprentice" + data.next())
                .startCentre(castelnau2021.startDate()).startWorkStudy(castelnau2021.calendar().workStudyStart()));
        learners.add(apprentice);
        LocalDate start = castelnau2021.calendar().workStudyStart();
        WorkStudyContract signed = ports.contracts().save(data.contract(apprentice, host, start, start.plusMonths(12)));
        contracts.add(signed);
        assertThat(ports.indicators().report(new IndicatorScope.OfSchool(castelnau.id()), AS_OF))
                .isEqualTo(expected(school -> school.equals(castelnau.id())));

        WorkStudyContract broken = ports.contracts().save(signed.breakOff(start.plusMonths(2), BrokenBy.APPRENTICE));
        replace(contracts, signed, broken);
        IndicatorReport afterBreak = ports.indicators().report(new IndicatorScope.OfCohort(castelnau2021.id()), AS_OF);
        assertThat(afterBreak).isEqualTo(expectedForCohort(AS_OF));
        assertThat(ports.indicators().report(new IndicatorScope.Network(), AS_OF)).isEqualTo(expected(all -> true));
    }

    /** A report as of a day uses only the follow-ups observed by then, even when a later one is nearer. */
    @Test
    void a_follow_up_observed_after_the_as_of_day_never_counts() {
        Learner graduate = ports.learners().save(data.graduate(castelnau2021, LocalDate.of(2023, 1, 31)));
        learners.add(graduate);
        LocalDate sixMonthsOn = LocalDate.of(2023, 7, 31);
        outcomes.add(ports.outcomes().save(data.outcome(graduate, sixMonthsOn.minusDays(40), Situation.JOB_SEEKING,
                Optional.empty())));
        outcomes.add(ports.outcomes().save(data.outcome(graduate, sixMonthsOn.plusDays(5), Situation.PERMANENT_CONTRACT,
                Optional.of(host))));
        var scope = new IndicatorScope.OfCohort(castelnau2021.id());

        for (LocalDate asOf : List.of(sixMonthsOn, sixMonthsOn.plusDays(4), sixMonthsOn.plusDays(5), LATE)) {
            assertThat(ports.indicators().report(scope, asOf)).as("as of %s", asOf).isEqualTo(expectedForCohort(asOf));
        }
        long salariedBefore = ports.indicators().report(scope, sixMonthsOn.plusDays(4)).sixMonths().salaried();
        long salariedAfter = ports.indicators().report(scope, sixMonthsOn.plusDays(5)).sixMonths().salaried();
        assertThat(salariedAfter).isEqualTo(salariedBefore + 1);
    }

    /** A day long before or after any record is still a report, the domain's, never a failure. */
    @Test
    void a_report_as_of_the_first_or_last_day_a_date_can_hold_is_the_domains() {
        for (LocalDate asOf : List.of(LocalDate.of(1, 1, 1), LocalDate.of(999, 12, 31), LocalDate.of(9999, 12, 31))) {
            for (Optional<LeavingYear> year : List.of(Optional.<LeavingYear>empty(), Optional.of(new LeavingYear(1)),
                    Optional.of(new LeavingYear(10_000)))) {
                assertThat(ports.indicators().report(new IndicatorScope.Network(), asOf, year))
                        .as("as of %s, leaving year %s", asOf, year).isEqualTo(expected(all -> true, asOf, year));
                assertThat(ports.indicators().report(new IndicatorScope.OfPartner(host.id()), asOf, year).asOf())
                        .isEqualTo(asOf);
            }
        }
    }

    private IndicatorReport report(LocalDate asOf) {
        return ports.indicators().report(new IndicatorScope.Network(), asOf);
    }

    private static <T> void replace(List<T> list, T old, T replacement) {
        list.set(list.indexOf(old), replacement);
    }

    private IndicatorReport expectedForCohort(LocalDate asOf) {
        Predicate<Learner> inCohort = learner -> learner.cohortId().equals(castelnau2021.id());
        var ids = learners.stream().filter(inCohort).map(Learner::id).toList();
        return Indicators.report(new IndicatorInputs(
                applicants.stream().filter(applicant -> applicant.cohortId().equals(castelnau2021.id())).toList(),
                learners.stream().filter(inCohort).toList(),
                contracts.stream().filter(contract -> ids.contains(contract.learnerId())).toList(),
                outcomes.stream().filter(outcome -> ids.contains(outcome.learnerId())).toList(),
                commitments.stream().filter(c -> c.cohortId().equals(Optional.of(castelnau2021.id()))).toList(),
                parityRules.stream().filter(rule -> rule.cohortId().equals(Optional.of(castelnau2021.id()))).toList()),
                asOf);
    }

    private IndicatorReport expected(Predicate<org.tremplin.domain.school.SchoolId> schoolInScope) {
        return expected(schoolInScope, AS_OF, Optional.empty());
    }

    private IndicatorReport expected(Predicate<org.tremplin.domain.school.SchoolId> schoolInScope, LocalDate asOf,
                                     Optional<LeavingYear> leavingYear) {
        var cohortIds = applicants.stream().map(Applicant::cohortId).distinct()
                .filter(cohort -> schoolInScope.test(ports.cohorts().findById(cohort).orElseThrow().schoolId())).toList();
        var scoped = learners.stream().filter(learner -> schoolInScope.test(learner.schoolId())).toList();
        var ids = scoped.stream().map(Learner::id).toList();
        return Indicators.report(new IndicatorInputs(
                applicants.stream().filter(applicant -> cohortIds.contains(applicant.cohortId())).toList(),
                scoped,
                contracts.stream().filter(contract -> ids.contains(contract.learnerId())).toList(),
                outcomes.stream().filter(outcome -> ids.contains(outcome.learnerId())).toList(),
                commitments.stream().filter(c -> schoolInScope.test(c.schoolId())).toList(),
                parityRules.stream().filter(rule -> schoolInScope.test(rule.schoolId())).toList()), asOf, leavingYear);
    }

    /** Applicants at every stage, and learners on every path, with contracts and outcomes. */
    private void populate(Cohort cohort) {
        LocalDate start = cohort.startDate();
        LocalDate applied = start.minusMonths(3);
        for (int i = 0; i < 6; i++) {
            Applicant applicant = data.applicant(cohort, "Applicant" + data.next(), applied.plusDays(i));
            applicant = switch (i % 3) {
                case 0 -> applicant.moveTo(SelectionStage.PRESELECTED, applied.plusDays(10))
                        .moveTo(SelectionStage.SELECTED, applied.plusDays(30));
                case 1 -> applicant.moveTo(SelectionStage.REJECTED, applied.plusDays(12));
                default -> applicant;
            };
            applicants.add(ports.applicants().save(applicant));
        }
        LocalDate graduation = cohort.calendar().workStudyEnd();
        Learner graduate = ports.learners().save(data.graduate(cohort, graduation));
        Learner secondGraduate = ports.learners().save(data.graduate(cohort, graduation));
        Learner dropped = ports.learners().save(data.learner(cohort, "Dropped" + data.next()).startCentre(start)
                .dropOut(start.plusMonths(2), DropOutReason.PERSONAL_OR_FAMILY));
        Learner inWorkStudy = ports.learners().save(data.learner(cohort, "Working" + data.next()).startCentre(start)
                .startWorkStudy(cohort.calendar().workStudyStart()));
        learners.addAll(List.of(graduate, secondGraduate, dropped, inWorkStudy));

        LocalDate workStudy = cohort.calendar().workStudyStart();
        contracts.add(ports.contracts().save(data.contract(graduate, host, workStudy, graduation)));
        contracts.add(ports.contracts().save(data.contract(secondGraduate, host, workStudy, graduation)
                .breakOff(workStudy.plusMonths(3), BrokenBy.EMPLOYER)));
        contracts.add(ports.contracts().save(data.contract(inWorkStudy, host, workStudy, workStudy.plusMonths(2))));

        outcomes.add(ports.outcomes().save(data.outcome(graduate, graduation.plusMonths(6), Situation.PERMANENT_CONTRACT,
                Optional.of(host))));
        outcomes.add(ports.outcomes().save(data.outcome(graduate, graduation.plusMonths(12), Situation.PERMANENT_CONTRACT,
                Optional.of(host))));
        outcomes.add(ports.outcomes().save(data.outcome(secondGraduate, graduation.plusMonths(6).plusDays(20),
                Situation.FURTHER_STUDIES, Optional.empty())));
        outcomes.add(ports.outcomes().save(data.outcome(dropped, start.plusMonths(8), Situation.JOB_SEEKING,
                Optional.empty())));
        outcomes.add(ports.outcomes().save(data.outcome(dropped, start.plusMonths(14), Situation.SELF_EMPLOYED,
                Optional.empty())));
    }
}
