package org.tremplin.testdata;

import java.time.Duration;
import java.time.LocalDate;
import org.tremplin.domain.indicator.IndicatorReport;
import org.tremplin.domain.indicator.Indicators;

/**
 * Generates the benchmark-sized network and computes the network-wide indicators on it, timing
 * both. Not a test: run it by hand, for example after {@code ./mvnw -pl adapters/test-data -am test-compile}:
 *
 * <pre>
 * java -Xmx4g -cp adapters/test-data/target/test-classes:adapters/test-data/target/classes:domain/target/classes \
 *     org.tremplin.testdata.DemoNetworkBenchmark [learners] [outcomes] [asOf]
 * </pre>
 */
public final class DemoNetworkBenchmark {
    private DemoNetworkBenchmark() {
    }

    public static void main(String[] args) {
        int learners = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int outcomes = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        LocalDate asOf = args.length > 2 ? LocalDate.parse(args[2]) : LocalDate.of(2026, 11, 23);
        DemoScale scale = DemoScale.forBenchmark(learners, outcomes);
        System.out.printf("%s as of %s%n", scale, asOf);

        long started = System.nanoTime();
        DemoNetwork network = new DemoNetworkGenerator().generate(scale, asOf);
        Duration generation = Duration.ofNanos(System.nanoTime() - started);
        System.out.printf("generated in %d ms: %d schools, %d partners, %d cohorts, %d applicants, %d learners, "
                        + "%d contracts, %d outcomes, %d commitments, %d parity rules%n",
                generation.toMillis(), network.schools().size(), network.partners().size(), network.cohorts().size(),
                network.applicants().size(), network.learners().size(), network.contracts().size(),
                network.outcomes().size(), network.commitments().size(), network.parityRules().size());
        System.out.printf("learners %+.1f%% and outcomes %+.1f%% off target%n",
                100.0 * (network.learners().size() - learners) / learners,
                100.0 * (network.outcomes().size() - outcomes) / outcomes);

        started = System.nanoTime();
        IndicatorReport report = Indicators.report(network.indicatorInputs(), asOf);
        Duration indicators = Duration.ofNanos(System.nanoTime() - started);
        System.out.printf("network-wide indicators in %d ms: %d jobs created, %d learners in work-study without "
                        + "a contract%n", indicators.toMillis(), report.jobsCreated(),
                report.contracts().learnersInWorkStudyWithoutContract());
        Runtime runtime = Runtime.getRuntime();
        System.out.printf("heap in use: about %d MB%n", (runtime.totalMemory() - runtime.freeMemory()) >> 20);
    }
}
