package org.tremplin.adapter.persistence.jdbc.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tremplin.adapter.persistence.jdbc.JdbcIndicatorQueriesTest;
import org.tremplin.adapter.persistence.jdbc.JdbcTransactions;
import org.tremplin.adapter.persistence.jdbc.support.Sql;
import org.tremplin.application.contract.PersistencePorts;
import org.tremplin.application.port.out.IndicatorScope;
import org.tremplin.domain.indicator.IndicatorReport;
import org.tremplin.domain.indicator.Indicators;
import org.tremplin.domain.indicator.LeavingYear;

/**
 * A database made by an earlier version has records but none of the kept follow-ups and counts:
 * the start-up fills them in, and the reports are the domain's again.
 */
class SummaryBackfillTest {
    @Test
    void the_start_up_works_out_what_a_database_made_before_the_summaries_lacks() {
        PersistencePorts ports = JdbcIndicatorQueriesTest.emptyDatabasePorts();
        GeneratedNetwork network = GeneratedNetwork.generate(ports, 11L);
        var context = JdbcIndicatorQueriesTest.testContext();
        Sql sql = context.getBean(Sql.class);
        context.getBean(JdbcTransactions.class).run(() -> {
            for (String table : List.of("learner_timeline", "school_timeline_folded", "cohort_figure_count",
                    "school_figure_count", "cohort_health_count", "school_health_count", "partner_figure_share",
                    "partner_health_share", "partner_figure_count", "partner_health_count", "partner_timeline",
                    "partner_timeline_folded")) {
                sql.update("DELETE FROM " + table, List.of());
            }
            sql.update("UPDATE timeline_fold SET built = FALSE, folded_through = '0999-12-31'", List.of());
        });
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
        GeneratedNetwork network = GeneratedNetwork.generate(ports, 13L);
        var context = JdbcIndicatorQueriesTest.testContext();
        Sql sql = context.getBean(Sql.class);
        context.getBean(JdbcTransactions.class).run(() -> {
            sql.update("UPDATE school_figure_count SET value = value + 5", List.of());
            sql.update("UPDATE partner_figure_count SET value = value + 3", List.of());
            sql.update("UPDATE learner_timeline SET value = value * 2", List.of());
        });
        LocalDate asOf = LocalDate.of(2026, 6, 30);
        IndicatorScope whole = new IndicatorScope.Network();
        assertThat(ports.indicators().report(whole, asOf)).isNotEqualTo(Indicators.report(network.inputs(whole), asOf));

        new IndicatorSummaryBackfill(context.getBean(TimelineStore.class), context.getBean(FigureCountStore.class),
                List.copyOf(context.getBeansOfType(FigureCountSource.class)),
                context.getBean(Argument.of(TransactionOperations.class, Connection.class)), true)
                .onApplicationEvent(null);

        for (IndicatorScope scope : network.scopes()) {
            assertThat(ports.indicators().report(scope, asOf)).as(scope.toString())
                    .isEqualTo(Indicators.report(network.inputs(scope), asOf));
        }
    }

    /**
     * A new day moves the fold day at the first report, even inside a read-only transaction of the
     * caller's: the fold commits in a transaction of its own.
     */
    @Test
    void the_first_report_of_a_new_day_folds_the_steps_up_to_yesterday_even_within_a_read_only_transaction() {
        PersistencePorts ports = JdbcIndicatorQueriesTest.emptyDatabasePorts();
        GeneratedNetwork network = GeneratedNetwork.generate(ports, 17L);
        var context = JdbcIndicatorQueriesTest.testContext();
        TimelineStore timeline = context.getBean(TimelineStore.class);
        java.time.Clock clock = context.getBean(java.time.Clock.class);
        ((org.tremplin.application.contract.AdjustableClock) clock).advance(java.time.Duration.ofDays(400));
        LocalDate yesterday = LocalDate.now(clock).minusDays(1);
        IndicatorScope whole = new IndicatorScope.Network();

        @SuppressWarnings("unchecked")
        TransactionOperations<Connection> transactions = context.getBean(Argument.of(TransactionOperations.class,
                Connection.class));
        IndicatorReport report = transactions.executeRead(status -> ports.indicators().report(whole,
                yesterday.plusDays(1)));

        assertThat(report).isEqualTo(Indicators.report(network.inputs(whole), yesterday.plusDays(1)));
        LocalDate folded = transactions.executeRead(status -> timeline.foldedThrough());
        assertThat(folded).isEqualTo(yesterday);
        for (LocalDate asOf : List.of(yesterday.minusYears(2), yesterday, yesterday.plusYears(1))) {
            assertThat(ports.indicators().report(whole, asOf)).as("as of %s", asOf)
                    .isEqualTo(Indicators.report(network.inputs(whole), asOf));
        }
    }
}
