package org.tremplin.app.demo;

import io.micronaut.context.ApplicationContext;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.port.out.IndicatorQueries;
import org.tremplin.application.port.in.IndicatorScope;
import org.tremplin.application.port.out.Transactions;
import org.tremplin.application.port.in.WarningFilter;
import org.tremplin.application.port.out.WarningQueries;
import org.tremplin.testdata.DemoNetwork;
import org.tremplin.testdata.DemoNetworkGenerator;
import org.tremplin.testdata.DemoScale;

/**
 * Saves the benchmark-sized network through the MySQL adapter's bulk path into a fresh embedded
 * MariaDB, then asks for the network's indicators (SQL aggregates) and its early warnings (counts
 * and the last page), timing each. Not a test: run it by hand after {@code ./mvnw -DskipTests install}
 * and {@code ./mvnw -pl app test-compile}, from the project's root, with the test classpath of app
 * ({@code ./mvnw -q -pl app dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt -Dmdep.includeScope=test}):
 *
 * <pre>
 * java -Xmx6g -cp app/target/test-classes:app/target/classes:$(cat /tmp/cp.txt) \
 *     org.tremplin.app.demo.MariaDbLoadBenchmark [learners] [outcomes]
 * </pre>
 */
public final class MariaDbLoadBenchmark {
    private MariaDbLoadBenchmark() {
    }

    public static void main(String[] args) {
        int learners = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int outcomes = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        LocalDate asOf = LocalDate.of(2026, 11, 23);
        DemoNetwork network = new DemoNetworkGenerator().generate(DemoScale.forBenchmark(learners, outcomes), asOf);
        System.out.printf("generated %d learners and %d outcomes%n", network.learners().size(), network.outcomes().size());

        Map<String, Object> properties = Map.of("micronaut.server.port", -1, "tremplin.persistence", "jdbc",
                "tremplin.demo-data.enabled", false, "tremplin.console.enabled", false, "datasources.default.dialect", "MYSQL",
                "tremplin.database.embedded-data-directory", "target/benchmark-mariadb-" + System.nanoTime() + "/data");
        try (ApplicationContext context = ApplicationContext.run(properties)) {
            long started = System.nanoTime();
            GeneratedNetworkStore.saveAll(context, network);
            System.out.printf("saved in %d ms%n", Duration.ofNanos(System.nanoTime() - started).toMillis());

            started = System.nanoTime();
            var report = context.getBean(IndicatorQueries.class).report(new IndicatorScope.Network(), asOf);
            System.out.printf("network-wide indicators (SQL) in %d ms: %d jobs created%n",
                    Duration.ofNanos(System.nanoTime() - started).toMillis(), report.jobsCreated());

            started = System.nanoTime();
            WarningQueries warnings = context.getBean(WarningQueries.class);
            var counts = context.getBean(Transactions.class).inTransaction(() -> warnings.countByKind(WarningFilter.all(), asOf));
            var lastPage = context.getBean(Transactions.class).inTransaction(() -> warnings.list(WarningFilter.all(), asOf,
                    new PageRequest((int) (counts.values().stream().mapToLong(Long::longValue).sum() / 50), 50)));
            System.out.printf("early warnings (SQL) counted and last page read in %d ms: %s, %d on the last page%n",
                    Duration.ofNanos(System.nanoTime() - started).toMillis(), counts, lastPage.items().size());
        }
    }
}
