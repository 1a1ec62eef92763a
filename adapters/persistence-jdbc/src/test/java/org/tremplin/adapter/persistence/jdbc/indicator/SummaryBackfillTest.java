package org.tremplin.adapter.persistence.jdbc.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tremplin.adapter.persistence.jdbc.JdbcIndicatorQueriesTest;
import org.tremplin.adapter.persistence.jdbc.JdbcTransactions;
import org.tremplin.adapter.persistence.jdbc.support.Sql;
import org.tremplin.adapter.persistence.jdbc.support.UnitOfWork;
import org.tremplin.application.contract.AdjustableClock;
import org.tremplin.application.contract.PersistencePorts;
import org.tremplin.application.port.in.IndicatorScope;
import org.tremplin.domain.indicator.IndicatorReport;
import org.tremplin.domain.indicator.Indicators;
import org.tremplin.domain.indicator.LeavingYear;
import org.tremplin.testdata.IndicatorEdgeCaseNetwork;

/**
 * A database made by an earlier version has records but none of the kept follow-ups and counts:
 * the start-up fills them in, and the reports are the domain's again.
 */
class SummaryBackfillTest {
    @Test
    void the_start_up_works_out_what_a_database_made_before_the_summaries_lacks() {
        PersistencePorts ports = JdbcIndicatorQueriesTest.emptyDatabasePorts();
        IndicatorEdgeCaseNetwork network = GeneratedNetworks.generate(ports, 11L);
        var context = JdbcIndicatorQueriesTest.testContext();
        List<String> emptying = new ArrayList<>();
        for (String table : List.of("learner_timeline", "school_timeline_folded", "cohort_figure_count",
                "school_figure_count", "cohort_health_count", "school_health_count", "partner_figure_share",
                "partner_health_share", "partner_figure_count", "partner_health_count", "partner_timeline",
                "partner_timeline_folded")) {
            emptying.add("DELETE FROM " + table);
        }
        emptying.add("UPDATE timeline_fold SET built = FALSE, folded_through = '0999-12-31'");
        changeByHand(context, emptying);
        LocalDate asOf = LocalDate.of(2026, 6, 30);
        IndicatorScope school = network.scopes().stream().filter(IndicatorScope.OfSchool.class::isInstance)
                .findFirst().orElseThrow();
        assertThat(ports.indicators().report(school, asOf))
                .isNotEqualTo(Indicators.report(network.inputs(school), asOf));

        context.getBean(IndicatorSummaryBackfill.class).onApplicationEvent(null);

        for (IndicatorScope scope : network.scopes()) {
            assertThat(ports.indicators().report(scope, asOf, Optional.of(new LeavingYear(2024)))).as(scope.toString())
                    .isEqualTo(Indicators.report(network.inputs(scope), asOf, Optional.of(new LeavingYear(2024))));
        }
    }

    @Test
    void the_rebuild_command_repairs_summaries_changed_by_hand() {
        PersistencePorts ports = JdbcIndicatorQueriesTest.emptyDatabasePorts();
        IndicatorEdgeCaseNetwork network = GeneratedNetworks.generate(ports, 13L);
        var context = JdbcIndicatorQueriesTest.testContext();
        changeByHand(context, List.of("UPDATE school_figure_count SET value = value + 5",
                "UPDATE partner_figure_count SET value = value + 3", "UPDATE learner_timeline SET value = value * 2"));
        LocalDate asOf = LocalDate.of(2026, 6, 30);
        IndicatorScope whole = new IndicatorScope.Network();
        assertThat(ports.indicators().report(whole, asOf)).isNotEqualTo(Indicators.report(network.inputs(whole), asOf));

        new IndicatorSummaryBackfill(context.getBean(TimelineStore.class), context.getBean(FigureCountStore.class),
                List.copyOf(context.getBeansOfType(FigureCountSource.class)),
                context.getBean(UnitOfWork.class), context.getBean(TimelineFolding.class), true)
                .onApplicationEvent(null);

        for (IndicatorScope scope : network.scopes()) {
            assertThat(ports.indicators().report(scope, asOf)).as(scope.toString())
                    .isEqualTo(Indicators.report(network.inputs(scope), asOf));
        }
    }

    /**
     * Reports never write (they run inside read-only transactions too); the hourly fold moves the fold
     * day to yesterday, and reports are the domain's on either side of it.
     */
    @Test
    void the_fold_moves_to_yesterday_and_reports_stay_the_domains_on_either_side() {
        PersistencePorts ports = JdbcIndicatorQueriesTest.emptyDatabasePorts();
        IndicatorEdgeCaseNetwork network = GeneratedNetworks.generate(ports, 17L);
        var context = JdbcIndicatorQueriesTest.testContext();
        LocalDate yesterday = LocalDate.now(advanceClock(context, 400)).minusDays(1);
        IndicatorScope whole = new IndicatorScope.Network();
        TransactionOperations<Connection> transactions = transactions(context);

        IndicatorReport beforeFold = transactions.executeRead(status -> ports.indicators().report(whole, yesterday));
        assertThat(context.getBean(TimelineFolding.class).foldUpToYesterday()).isTrue();

        assertThat(beforeFold).isEqualTo(Indicators.report(network.inputs(whole), yesterday));
        LocalDate folded = transactions.executeRead(status -> context.getBean(Sql.class).query(
                "SELECT folded_through FROM timeline_fold", List.of(), row -> Sql.date(row, "folded_through")).getFirst());
        assertThat(folded).isEqualTo(yesterday);
        for (LocalDate asOf : List.of(yesterday.minusYears(2), yesterday.minusDays(1), yesterday, yesterday.plusYears(1))) {
            for (IndicatorScope scope : network.scopes()) {
                IndicatorReport report = transactions.executeRead(status -> ports.indicators().report(scope, asOf));
                assertThat(report).as("%s as of %s", scope, asOf).isEqualTo(Indicators.report(network.inputs(scope), asOf));
            }
        }
    }

    /** A write holding the fold day (an import, say) makes the fold give up at once rather than wait. */
    @Test
    void the_fold_gives_up_at_once_while_a_write_holds_the_fold_day() throws Exception {
        JdbcIndicatorQueriesTest.emptyDatabasePorts();
        var context = JdbcIndicatorQueriesTest.testContext();
        advanceClock(context, 800);
        TransactionOperations<Connection> transactions = transactions(context);
        var held = new java.util.concurrent.CountDownLatch(1);
        var release = new java.util.concurrent.CountDownLatch(1);
        Thread writer = new Thread(() -> transactions.executeWrite(status -> {
            context.getBean(Sql.class).query("SELECT folded_through FROM timeline_fold WHERE id = 1 LOCK IN SHARE MODE",
                    List.of(), row -> row.getString(1));
            held.countDown();
            try {
                release.await();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            return null;
        }));
        writer.start();
        held.await();
        long started = System.nanoTime();
        boolean folded = context.getBean(TimelineFolding.class).foldUpToYesterday();
        long waitedMillis = (System.nanoTime() - started) / 1_000_000;
        release.countDown();
        writer.join();

        assertThat(folded).isFalse();
        assertThat(waitedMillis).as("gave up without waiting for the lock").isLessThan(5_000);
        assertThat(context.getBean(TimelineFolding.class).foldUpToYesterday()).isTrue();
    }

    /** Runs the statements in one transaction, as someone editing the database by hand would. */
    private static void changeByHand(ApplicationContext context, List<String> statements) {
        Sql sql = context.getBean(Sql.class);
        context.getBean(JdbcTransactions.class).run(() -> statements.forEach(statement -> sql.update(statement, List.of())));
    }

    /** Moves the test run's clock on by so many days; the clock it answers is the adapter's. */
    private static Clock advanceClock(ApplicationContext context, int days) {
        Clock clock = context.getBean(Clock.class);
        ((AdjustableClock) clock).advance(Duration.ofDays(days));
        return clock;
    }

    @SuppressWarnings("unchecked")
    private static TransactionOperations<Connection> transactions(ApplicationContext context) {
        return context.getBean(Argument.of(TransactionOperations.class, Connection.class));
    }
}
