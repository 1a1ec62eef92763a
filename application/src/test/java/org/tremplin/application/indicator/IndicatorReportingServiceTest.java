package org.tremplin.application.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tremplin.domain.identity.Actor;
import org.tremplin.domain.identity.Role;
import org.tremplin.application.common.Page;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.common.Sort;
import org.tremplin.application.contract.ContractTestData;
import org.tremplin.application.port.out.Cohorts;
import org.tremplin.application.port.in.IndicatorScope;
import org.tremplin.application.port.in.PartnerFilter;
import org.tremplin.application.port.in.PartnerSortKey;
import org.tremplin.application.port.out.Partners;
import org.tremplin.application.testing.TestUseCases;
import org.tremplin.domain.cohort.Cohort;
import org.tremplin.domain.indicator.InclusionGroup;
import org.tremplin.domain.indicator.IndicatorInputs;
import org.tremplin.domain.indicator.IndicatorReport;
import org.tremplin.domain.indicator.Indicators;
import org.tremplin.domain.learner.Learner;
import org.tremplin.domain.outcome.Situation;
import org.tremplin.domain.partner.Partner;
import org.tremplin.domain.partner.PartnerId;
import org.tremplin.domain.partner.PartnerKind;
import org.tremplin.domain.person.DisabilityStatus;
import org.tremplin.domain.school.School;
import org.tremplin.domain.workstudy.WorkStudyContract;

/** Who sees health data in the indicators, and the names a report carries beside identifiers. */
class IndicatorReportingServiceTest {
    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
    private static final Actor FUNDER = new Actor("funder", Role.FUNDER_VIEWER.permissions(), Optional.empty());
    private static final Actor ADMIN = new Actor("admin", Role.ADMIN.permissions(), Optional.empty());

    private final ContractTestData data = new ContractTestData(null);
    private final List<Learner> learners = new ArrayList<>();
    private final List<WorkStudyContract> contracts = new ArrayList<>();
    private final Map<PartnerId, Partner> partners = new HashMap<>();
    private TestUseCases useCases;
    private IndicatorReporting reporting;
    private School school;
    private Cohort cohort;

    @BeforeEach
    void aCohortOfTwentyFive() {
        useCases = new TestUseCases();
        school = data.school();
        cohort = Cohort.open(new org.tremplin.domain.cohort.CohortId(ContractTestData.newId()), school.id(),
                data.programme(), "Promo 2023", LocalDate.of(2023, 10, 2), 30);
        for (int i = 0; i < 25; i++) {
            learners.add(withDisability(data.learner(cohort, "Learner" + i), i < 3
                    ? DisabilityStatus.RECOGNISED : DisabilityStatus.NOT_RECOGNISED));
        }
        reporting = new IndicatorReportingService(
                (scope, asOf, leavingYear) -> Indicators.report(new IndicatorInputs(List.of(), learners, contracts,
                        List.of(), List.of(), List.of()), asOf, leavingYear),
                cohortsHolding(cohort), partnersHeld(), useCases.support());
    }

    @Test
    void a_reader_without_health_data_sees_no_count_nor_share_of_recognised_disability() {
        useCases.callAs(FUNDER);

        IndicatorReport report = reporting.report(new IndicatorScope.OfCohort(cohort.id()), AS_OF);

        assertThat(report.healthDataShown()).isFalse();
        assertThat(report.training().diversity()).doesNotContainKey(InclusionGroup.RECOGNISED_DISABILITY)
                .containsKey(InclusionGroup.WOMEN);
        assertThat(report.funnel().stages()).allSatisfy(stage ->
                assertThat(stage.diversity()).doesNotContainKey(InclusionGroup.RECOGNISED_DISABILITY));
    }

    @Test
    void a_reader_allowed_health_data_sees_the_recognised_disability_group() {
        useCases.callAs(ADMIN);

        IndicatorReport report = reporting.report(new IndicatorScope.OfCohort(cohort.id()), AS_OF);

        assertThat(report.healthDataShown()).isTrue();
        assertThat(report.training().diversity().get(InclusionGroup.RECOGNISED_DISABILITY).numerator()).isEqualTo(3);
    }

    /**
     * The attack: read a cohort's figures, add one person, read them again. Whether the newcomer
     * has a recognised disability must not show in the difference.
     */
    @Test
    void comparing_reports_before_and_after_one_person_joins_tells_nothing_of_their_disability() {
        Learner newcomer = data.learner(cohort, "Newcomer");
        IndicatorReport withRecognised = reportAfterJoining(withDisability(newcomer, DisabilityStatus.RECOGNISED), FUNDER);
        IndicatorReport withoutRecognised = reportAfterJoining(withDisability(newcomer, DisabilityStatus.NOT_RECOGNISED),
                FUNDER);

        assertThat(withRecognised).isEqualTo(withoutRecognised);
        // The same comparison by someone allowed to read health data does tell: the test can fail.
        assertThat(reportAfterJoining(withDisability(newcomer, DisabilityStatus.RECOGNISED), ADMIN))
                .isNotEqualTo(reportAfterJoining(withDisability(newcomer, DisabilityStatus.NOT_RECOGNISED), ADMIN));
    }

    @Test
    void a_report_names_the_partners_it_mentions() {
        Partner host = data.partner(PartnerKind.LARGE_COMPANY, "Capgemini");
        partners.put(host.id(), host);
        Learner apprentice = learners.getFirst().startCentre(cohort.startDate())
                .startWorkStudy(cohort.calendar().workStudyStart());
        learners.set(0, apprentice);
        contracts.add(data.contract(apprentice, host, cohort.calendar().workStudyStart(),
                cohort.calendar().workStudyStart().plusMonths(12)));
        useCases.callAs(ADMIN);

        IndicatorReport report = reporting.report(new IndicatorScope.OfCohort(cohort.id()), AS_OF);

        assertThat(report.partners()).singleElement().satisfies(contribution ->
                assertThat(report.partnerName(contribution.partnerId())).contains("Capgemini"));
        assertThat(Situation.BETTER_FIRST.compare(Situation.PERMANENT_CONTRACT, Situation.SELF_EMPLOYED)).isNegative();
    }

    private IndicatorReport reportAfterJoining(Learner newcomer, Actor reader) {
        learners.add(newcomer);
        try {
            useCases.callAs(reader);
            return reporting.report(new IndicatorScope.OfCohort(cohort.id()), AS_OF);
        } finally {
            learners.remove(newcomer);
        }
    }

    private static Learner withDisability(Learner learner, DisabilityStatus status) {
        return learner.correct(learner.name(), learner.email(), learner.profile(), status);
    }

    private static Cohorts cohortsHolding(Cohort cohort) {
        return (Cohorts) java.lang.reflect.Proxy.newProxyInstance(Cohorts.class.getClassLoader(),
                new Class<?>[] {Cohorts.class}, (proxy, method, args) -> {
                    if (method.getName().equals("findById")) {
                        return Optional.of(cohort).filter(c -> c.id().equals(args[0]));
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private Partners partnersHeld() {
        return new Partners() {
            @Override
            public Page<Partner> list(PartnerFilter filter, Sort<PartnerSortKey> sort, PageRequest page) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Optional<Partner> findById(PartnerId id) {
                return Optional.ofNullable(partners.get(id));
            }

            @Override
            public Partner save(Partner record) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<Partner> saveAll(Collection<Partner> records) {
                throw new UnsupportedOperationException();
            }

            @Override
            public long count() {
                return partners.size();
            }
        };
    }
}
