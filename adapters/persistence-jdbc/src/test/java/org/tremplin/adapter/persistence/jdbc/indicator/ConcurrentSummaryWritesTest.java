package org.tremplin.adapter.persistence.jdbc.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.tremplin.adapter.persistence.jdbc.JdbcIndicatorQueriesTest;
import org.tremplin.adapter.persistence.jdbc.JdbcTransactions;
import org.tremplin.application.contract.ContractTestData;
import org.tremplin.application.contract.PersistencePorts;
import org.tremplin.application.port.in.IndicatorScope;
import org.tremplin.domain.cohort.Cohort;
import org.tremplin.domain.indicator.IndicatorInputs;
import org.tremplin.domain.indicator.IndicatorReport;
import org.tremplin.domain.indicator.Indicators;
import org.tremplin.domain.indicator.PartnerContribution;
import org.tremplin.domain.learner.Learner;
import org.tremplin.domain.partner.Partner;
import org.tremplin.domain.partner.PartnerKind;
import org.tremplin.domain.school.School;
import org.tremplin.domain.workstudy.WorkStudyContract;

/**
 * Two writes about one learner at the same time: each works out what it changes from the learner's
 * records before and after it, so the second must see the first's. A learner hosted twice by one
 * partner is one apprentice hosted, whatever the timing.
 */
class ConcurrentSummaryWritesTest {
    @Test
    void two_contracts_signed_at_once_for_one_learner_count_one_apprentice_hosted() throws Exception {
        PersistencePorts ports = JdbcIndicatorQueriesTest.emptyDatabasePorts();
        ContractTestData data = new ContractTestData(ports);
        School school = ports.schools().save(data.school());
        Cohort cohort = ports.cohorts().save(data.cohort(school, LocalDate.of(2023, 10, 2)));
        Partner host = ports.partners().save(data.partner(PartnerKind.SME, "Datalyse"));
        LocalDate start = cohort.calendar().workStudyStart();
        Learner apprentice = ports.learners().save(data.learner(cohort, "Apprentice").startCentre(cohort.startDate())
                .startWorkStudy(start));
        WorkStudyContract first = data.contract(apprentice, host, start, start.plusMonths(5));
        WorkStudyContract second = data.contract(apprentice, host, start.plusMonths(6), start.plusMonths(11));
        var transactions = JdbcIndicatorQueriesTest.testContext().getBean(JdbcTransactions.class);
        CountDownLatch firstSaved = new CountDownLatch(1);
        AtomicReference<Throwable> failure = new AtomicReference<>();

        // The first write stays open a moment after saving; the second starts meanwhile.
        Thread firstWriter = new Thread(() -> {
            try {
                transactions.run(() -> {
                    ports.contracts().save(first);
                    firstSaved.countDown();
                    pause();
                });
            } catch (RuntimeException error) {
                failure.set(error);
                firstSaved.countDown();
            }
        });
        firstWriter.start();
        firstSaved.await();
        WorkStudyContract secondSaved = ports.contracts().save(second);
        firstWriter.join();

        assertThat(failure.get()).isNull();
        List<WorkStudyContract> contracts = ports.contracts().ofLearner(apprentice.id());
        assertThat(contracts).hasSize(2).contains(secondSaved);
        LocalDate asOf = start.plusMonths(3);
        for (IndicatorScope scope : List.of(new IndicatorScope.Network(), new IndicatorScope.OfSchool(school.id()),
                new IndicatorScope.OfCohort(cohort.id()), new IndicatorScope.OfPartner(host.id()))) {
            IndicatorReport report = ports.indicators().report(scope, asOf);
            assertThat(report.partners()).as(scope.toString())
                    .containsExactly(new PartnerContribution(host.id(), 1, 0));
            assertThat(report.contracts().contracts()).as(scope.toString()).isEqualTo(2);
        }
        IndicatorReport network = ports.indicators().report(new IndicatorScope.Network(), asOf);
        assertThat(network).isEqualTo(Indicators.report(new IndicatorInputs(List.of(),
                ports.learners().findById(apprentice.id()).stream().toList(), contracts, List.of(), List.of(), List.of()),
                asOf, Optional.empty()));
    }

    private static void pause() {
        try {
            Thread.sleep(1_500);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
