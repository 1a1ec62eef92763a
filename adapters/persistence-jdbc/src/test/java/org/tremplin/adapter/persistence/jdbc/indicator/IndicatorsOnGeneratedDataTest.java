package org.tremplin.adapter.persistence.jdbc.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tremplin.adapter.persistence.jdbc.JdbcIndicatorQueriesTest;
import org.tremplin.adapter.persistence.jdbc.JdbcTransactions;
import org.tremplin.adapter.persistence.jdbc.support.Sql;
import org.tremplin.application.contract.PersistencePorts;
import org.tremplin.application.port.in.IndicatorScope;
import org.tremplin.domain.applicant.SelectionStage;
import org.tremplin.domain.funding.ParityStatus;
import org.tremplin.domain.indicator.EmploymentSnapshot;
import org.tremplin.domain.indicator.FollowUpAtHorizon;
import org.tremplin.domain.indicator.FollowUpHorizon;
import org.tremplin.domain.indicator.LeavingYear;
import org.tremplin.domain.indicator.IndicatorReport;
import org.tremplin.domain.indicator.Indicators;
import org.tremplin.domain.indicator.Rate;
import org.tremplin.testdata.IndicatorEdgeCaseNetwork;

/**
 * The SQL report equals the domain's report on the same records, for every scope of generated
 * networks and on days that cut through leavers' snapshot dates. The expected report is computed
 * from the records as generated, selected by hand ({@link IndicatorEdgeCaseNetwork#inputs}), never from SQL.
 */
class IndicatorsOnGeneratedDataTest {
    /** MySQL 8's default: stricter about GROUP BY than MariaDB's. */
    private static final String MYSQL_8_SQL_MODE = "ONLY_FULL_GROUP_BY,STRICT_TRANS_TABLES,NO_ZERO_IN_DATE,"
            + "NO_ZERO_DATE,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION";

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {20261123L, 7L, 1_000_003L})
    void every_scope_on_every_day_is_the_domains_report(long seed) {
        PersistencePorts ports = JdbcIndicatorQueriesTest.emptyDatabasePorts();
        IndicatorEdgeCaseNetwork network = GeneratedNetworks.generate(ports, seed);
        List<LocalDate> days = network.reportDates();
        List<Optional<LeavingYear>> leavingYears = List.of(Optional.empty(), Optional.of(new LeavingYear(2023)),
                Optional.of(new LeavingYear(2024)));
        int compared = 0;
        for (IndicatorScope scope : network.scopes()) {
            var inputs = network.inputs(scope);
            for (LocalDate asOf : days) {
                for (Optional<LeavingYear> year : leavingYears) {
                    assertSameReport(ports.indicators().report(scope, asOf, year), Indicators.report(inputs, asOf, year),
                            "seed " + seed + ", " + scope + " on " + asOf + ", leaving year " + year);
                    compared++;
                }
            }
        }
        assertThat(compared).isGreaterThan(450);
    }

    @Test
    void the_generated_network_exercises_every_figure() {
        PersistencePorts ports = JdbcIndicatorQueriesTest.emptyDatabasePorts();
        IndicatorEdgeCaseNetwork network = GeneratedNetworks.generate(ports, 20261123L);
        // Late enough for every horizon to have leavers: the last cohorts leave in 2024.
        LocalDate asOf = LocalDate.of(2026, 6, 30);

        IndicatorReport report = ports.indicators().report(new IndicatorScope.Network(), asOf);

        assertThat(report).isEqualTo(Indicators.report(network.inputs(new IndicatorScope.Network()), asOf));
        assertThat(report.funnel().stages()).allSatisfy(stage -> assertThat(stage.reached()).isPositive());
        assertThat(report.funnel().stages().getFirst().stage()).isEqualTo(SelectionStage.APPLIED);
        assertThat(report.training().inCentre()).isPositive();
        assertThat(report.training().inWorkStudy()).isPositive();
        assertThat(report.training().graduated()).isPositive();
        assertThat(report.training().droppedOut()).isPositive();
        assertThat(report.contracts().broken()).isPositive();
        assertThat(report.contracts().learnersInWorkStudyWithoutContract()).isPositive();
        for (FollowUpAtHorizon followUp : report.followUps()) {
            EmploymentSnapshot snapshot = followUp.figures();
            assertThat(snapshot.leavers()).as(followUp.horizon().name())
                    .isGreaterThanOrEqualTo(Rate.MIN_PUBLISHABLE_DENOMINATOR);
            assertThat(List.of(snapshot.salaried(), snapshot.selfEmployed(), snapshot.furtherStudies(),
                    snapshot.notInEmployment(), snapshot.unknown())).allSatisfy(count -> assertThat(count).isPositive());
        }
        // A leaving year too small on its own is pooled with the year before.
        IndicatorReport ofOneYear = ports.indicators().report(new IndicatorScope.Network(), asOf,
                Optional.of(new LeavingYear(2023)));
        assertThat(ofOneYear).isEqualTo(Indicators.report(network.inputs(new IndicatorScope.Network()), asOf,
                Optional.of(new LeavingYear(2023))));
        assertThat(ofOneYear.followUps()).anySatisfy(followUp -> assertThat(followUp.pooled()).isPresent());
        assertThat(report.jobsCreated()).isPositive();
        assertThat(report.partners()).hasSizeGreaterThan(3)
                .anySatisfy(partner -> assertThat(partner.hires()).isPositive());
        assertThat(report.funding().byFunder()).hasSizeGreaterThan(1);
        assertThat(report.funding().byYear()).hasSizeGreaterThan(1);
        assertThat(report.funding().parity()).extracting(ParityStatus::honoured).contains(true, false);
        assertThat(rates(report)).anySatisfy(rate -> assertThat(rate.value()).isPresent());
        // A cohort is small: some of its rates count people, yet too few to be published.
        var cohort = new IndicatorScope.OfCohort(network.cohorts().getFirst().id());
        IndicatorReport small = ports.indicators().report(cohort, asOf);
        assertThat(small).isEqualTo(Indicators.report(network.inputs(cohort), asOf));
        assertThat(small.training().enrolled()).isPositive();
        assertThat(rates(small)).anySatisfy(rate -> {
            assertThat(rate.denominator()).isPositive();
            assertThat(rate.value()).isEmpty();
        });
    }

    @Test
    void the_queries_pass_under_mysql_8s_default_sql_mode() {
        PersistencePorts ports = JdbcIndicatorQueriesTest.emptyDatabasePorts();
        IndicatorEdgeCaseNetwork network = GeneratedNetworks.generate(ports, 7L);
        Sql sql = JdbcIndicatorQueriesTest.testContext().getBean(Sql.class);
        LocalDate asOf = LocalDate.of(2024, 2, 29);
        List<IndicatorScope> scopes = network.scopes();

        List<IndicatorReport> reports = JdbcIndicatorQueriesTest.testContext().getBean(JdbcTransactions.class)
                .inTransaction(() -> {
                    String previous = sql.query("SELECT @@SESSION.sql_mode", List.of(), row -> row.getString(1)).getFirst();
                    sql.update("SET SESSION sql_mode = '" + MYSQL_8_SQL_MODE + "'", List.of());
                    try {
                        return scopes.stream().map(scope -> ports.indicators().report(scope, asOf)).toList();
                    } finally {
                        sql.update("SET SESSION sql_mode = ?", List.of(previous));
                    }
                });

        for (int i = 0; i < scopes.size(); i++) {
            assertThat(reports.get(i)).isEqualTo(Indicators.report(network.inputs(scopes.get(i)), asOf));
        }
    }

    /** Part by part first, so that a failure says which figure parted, then the whole. */
    private static void assertSameReport(IndicatorReport actual, IndicatorReport expected, String what) {
        assertThat(actual.funnel()).as(what + ": funnel").isEqualTo(expected.funnel());
        assertThat(actual.training()).as(what + ": training").isEqualTo(expected.training());
        assertThat(actual.contracts()).as(what + ": contracts").isEqualTo(expected.contracts());
        for (FollowUpHorizon horizon : FollowUpHorizon.values()) {
            assertThat(actual.followUp(horizon)).as(what + ": " + horizon).isEqualTo(expected.followUp(horizon));
        }
        assertThat(actual.jobsCreated()).as(what + ": jobs created").isEqualTo(expected.jobsCreated());
        assertThat(actual.partners()).as(what + ": partners").isEqualTo(expected.partners());
        assertThat(actual.funding()).as(what + ": funding").isEqualTo(expected.funding());
        assertThat(actual).as(what).isEqualTo(expected);
    }

    private static List<Rate> rates(IndicatorReport report) {
        List<Rate> rates = new ArrayList<>();
        report.funnel().stages().forEach(stage -> {
            rates.add(stage.ofApplied());
            rates.addAll(stage.diversity().values());
        });
        rates.addAll(report.training().diversity().values());
        rates.add(report.training().completion());
        rates.add(report.training().dropOut());
        rates.add(report.contracts().breakRate());
        report.followUps().stream().map(FollowUpAtHorizon::figures).forEach(snapshot -> rates.addAll(
                List.of(snapshot.employmentRate(), snapshot.shares().salariedShare(), snapshot.favourableRate(),
                        snapshot.coverage())));
        return rates;
    }
}
