package org.tremplin.app.demo;

import io.micronaut.context.ApplicationContext;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.tremplin.app.wiring.ThreadLocalCurrentActor;
import org.tremplin.domain.identity.Actor;
import org.tremplin.domain.identity.Role;
import org.tremplin.application.indicator.IndicatorReporting;
import org.tremplin.application.port.in.IndicatorScope;
import org.tremplin.domain.indicator.LeavingYear;
import org.tremplin.domain.school.Region;
import org.tremplin.testdata.DemoNetwork;
import org.tremplin.testdata.DemoNetworkGenerator;
import org.tremplin.testdata.DemoScale;

/**
 * The indicator reports on the generated network of 100,000 learners and 1,000,000 outcomes, timed
 * where the server computes them (the inbound port, as the API and the console call it), beside a
 * baseline timed in the same run: one {@code COUNT(*)} over every outcome, which says how fast the
 * shared machine is at that moment. A {@code main} program, never a test: speed targets are not
 * asserted in CI. Figures and how to run it: docs/adr/0013-indicator-summaries.md.
 *
 * <pre>
 * IndicatorBenchmark [--load] [--runs N] [--url jdbc:mysql://host:port/schema]
 * </pre>
 */
public final class IndicatorBenchmark {
    /** The generator's "today", the last day its network has data for. */
    private static final LocalDate GENERATED_ON = LocalDate.of(2026, 11, 23);
    private static final Actor ADMIN = new Actor("benchmark-admin", Role.ADMIN.permissions(), Optional.empty());

    private final ApplicationContext context;
    private final Connection baselineConnection;
    private final int runs;

    private IndicatorBenchmark(ApplicationContext context, Connection baselineConnection, int runs) {
        this.context = context;
        this.baselineConnection = baselineConnection;
        this.runs = runs;
    }

    public static void main(String[] args) throws SQLException {
        List<String> options = Arrays.asList(args);
        String url = BenchmarkSchema.option(options, "--url", BenchmarkSchema.DEFAULT_URL);
        int runs = Integer.parseInt(BenchmarkSchema.option(options, "--runs", "7"));
        boolean load = options.contains("--load");
        String schema = url.substring(url.lastIndexOf('/') + 1);
        try (ApplicationContext context = BenchmarkSchema.open(url, load);
             Connection baseline = DriverManager.getConnection(url, "root", "")) {
            if (load) {
                DemoNetwork network = new DemoNetworkGenerator().generate(DemoScale.forBenchmark(100_000, 1_000_000), GENERATED_ON);
                long started = System.nanoTime();
                GeneratedNetworkStore.saveAll(context, network);
                System.out.printf("saved %d learners, %d outcomes in %d s%n", network.learners().size(),
                        network.outcomes().size(), Duration.ofNanos(System.nanoTime() - started).toSeconds());
            }
            new IndicatorBenchmark(context, baseline, runs).run(schema);
        }
    }

    private void run(String schema) throws SQLException {
        String school = single("SELECT school_id FROM learner GROUP BY school_id ORDER BY COUNT(*) DESC LIMIT 1");
        Region region = Region.valueOf(single("SELECT region FROM school WHERE id = '" + school + "'"));
        String cohort = single("SELECT cohort_id FROM learner WHERE school_id = '" + school
                + "' GROUP BY cohort_id ORDER BY COUNT(*) DESC LIMIT 1");
        String partner = single("SELECT host_id FROM work_study_contract GROUP BY host_id ORDER BY COUNT(*) DESC LIMIT 1");
        List<IndicatorScope> scopes = List.of(new IndicatorScope.Network(), new IndicatorScope.OfRegion(region),
                new IndicatorScope.OfSchool(org.tremplin.domain.school.SchoolId.parse(school)),
                new IndicatorScope.OfCohort(org.tremplin.domain.cohort.CohortId.parse(cohort)),
                new IndicatorScope.OfPartner(org.tremplin.domain.partner.PartnerId.parse(partner)));
        System.out.printf("schema %s: %s learners, %s outcomes; %d runs after one warm-up, each case beside the"
                        + " baseline (COUNT(*) over every outcome) timed just before it%n%n", schema,
                single("SELECT COUNT(*) FROM learner"), single("SELECT COUNT(*) FROM employment_outcome"), runs);
        System.out.printf("%-58s %10s %10s %12s%n", "case", "median ms", "p95 ms", "baseline ms");
        IndicatorReporting port = context.getBean(IndicatorReporting.class);
        // The server's today, as the dashboard asks: the day the adapter's fold of past steps is for.
        LocalDate today = LocalDate.now(context.getBean(java.time.Clock.class));
        LeavingYear lastYear = LeavingYear.of(today).previous().orElseThrow();
        for (IndicatorScope scope : scopes) {
            String name = scope.getClass().getSimpleName();
            time(name + ", today", () -> port.report(scope, today, Optional.empty()).jobsCreated());
            time(name + ", today, leaving year " + lastYear, () -> port.report(scope, today, Optional.of(lastYear))
                    .jobsCreated());
            time(name + ", a year ago", () -> port.report(scope, today.minusYears(1), Optional.empty()).jobsCreated());
            time(name + ", three years ago", () -> port.report(scope, today.minusYears(3), Optional.empty())
                    .jobsCreated());
        }
    }

    private void time(String name, Supplier<Long> work) throws SQLException {
        as(work);
        baseline();
        long[] millis = new long[runs];
        long[] baselines = new long[runs];
        for (int run = 0; run < runs; run++) {
            baselines[run] = baseline();
            long started = System.nanoTime();
            as(work);
            millis[run] = Duration.ofNanos(System.nanoTime() - started).toMillis();
        }
        Arrays.sort(millis);
        Arrays.sort(baselines);
        System.out.printf("%-58s %10d %10d %12d%n", name, millis[runs / 2],
                millis[Math.min(runs - 1, (int) Math.ceil(runs * 0.95) - 1)], baselines[runs / 2]);
    }

    private long baseline() throws SQLException {
        long started = System.nanoTime();
        single("SELECT COUNT(*) FROM employment_outcome");
        return Duration.ofNanos(System.nanoTime() - started).toMillis();
    }

    private String single(String query) throws SQLException {
        try (var statement = baselineConnection.createStatement(); ResultSet row = statement.executeQuery(query)) {
            row.next();
            return row.getString(1);
        }
    }

    private <T> T as(Supplier<T> work) {
        return context.getBean(ThreadLocalCurrentActor.class).runAs(ADMIN, work);
    }
}
