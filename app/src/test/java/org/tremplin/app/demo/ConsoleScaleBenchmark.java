package org.tremplin.app.demo;

import io.micronaut.context.ApplicationContext;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.tremplin.app.wiring.ThreadLocalCurrentActor;
import org.tremplin.domain.identity.Actor;
import org.tremplin.domain.identity.Role;
import org.tremplin.application.applicant.ApplicantSelection;
import org.tremplin.application.cohort.CohortAdministration;
import org.tremplin.application.common.Page;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.common.Sort;
import org.tremplin.application.funding.FundingAdministration;
import org.tremplin.application.indicator.IndicatorReporting;
import org.tremplin.application.learner.LearnerAdministration;
import org.tremplin.application.outcome.OutcomeRecording;
import org.tremplin.application.partner.PartnerAdministration;
import org.tremplin.application.port.in.ApplicantFilter;
import org.tremplin.application.port.in.ApplicantSortKey;
import org.tremplin.application.port.in.CohortFilter;
import org.tremplin.application.port.in.CohortSortKey;
import org.tremplin.application.port.in.ContractFilter;
import org.tremplin.application.port.in.ContractSortKey;
import org.tremplin.application.port.in.FundingFilter;
import org.tremplin.application.port.in.FundingSortKey;
import org.tremplin.application.port.in.IndicatorScope;
import org.tremplin.application.port.in.LearnerFilter;
import org.tremplin.application.port.in.LearnerSortKey;
import org.tremplin.application.port.in.OutcomeFilter;
import org.tremplin.application.port.in.OutcomeSortKey;
import org.tremplin.application.port.in.PartnerFilter;
import org.tremplin.application.port.in.PartnerSortKey;
import org.tremplin.application.port.in.SchoolFilter;
import org.tremplin.application.port.in.SchoolSortKey;
import org.tremplin.application.school.SchoolAdministration;
import org.tremplin.application.workstudy.WorkStudyAdministration;
import org.tremplin.domain.applicant.SelectionStage;
import org.tremplin.domain.cohort.Cohort;
import org.tremplin.domain.learner.LearnerStatus;
import org.tremplin.domain.outcome.EmploymentOutcome;
import org.tremplin.domain.outcome.Situation;
import org.tremplin.domain.partner.Partner;
import org.tremplin.domain.partner.PartnerKind;
import org.tremplin.domain.partner.PartnerRole;
import org.tremplin.domain.school.School;
import org.tremplin.domain.school.SchoolId;
import org.tremplin.testdata.DemoNetwork;
import org.tremplin.testdata.DemoNetworkGenerator;
import org.tremplin.testdata.DemoScale;

/**
 * Times what the console asks of the application on the benchmark-sized network: for each list
 * view, the grid's count and one grid page (the first and a deep one, or the last when there are
 * fewer) under the default sort, every sort key and every filter the view offers; and the
 * dashboard's report for the network, a region, a school and a cohort. It calls the inbound ports
 * as the views do, as an administrator, and prints the median and 95th percentile of a few runs. Not a test (speed targets never go in tests): see
 * docs/adr/0012-scale.md for how to run it, the targets and the results.
 *
 * <pre>
 * ConsoleScaleBenchmark [--load] [--drop] [--runs N] [--only TEXT,...] [--url jdbc:mysql://host:port/schema]
 * </pre>
 * {@code --load} (re)creates the schema and saves the generated network into it (slow); without
 * it the schema loaded by an earlier run is reused, after Flyway brings it up to date.
 * {@code --drop} drops the schema at the end. {@code --only} times the cases whose name contains one of the comma-separated TEXTs.
 */
public final class ConsoleScaleBenchmark {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);
    private static final int GRID_PAGE = 50;
    private static final int DEEP_PAGE = 1_000;
    private static final Actor ADMIN = new Actor("benchmark-admin", Role.ADMIN.permissions(), Optional.empty());

    private final ApplicationContext context;
    private final ThreadLocalCurrentActor actor;
    private final int runs;
    private final String only;

    private ConsoleScaleBenchmark(ApplicationContext context, int runs, String only) {
        this.context = context;
        this.actor = context.getBean(ThreadLocalCurrentActor.class);
        this.runs = runs;
        this.only = only;
    }

    public static void main(String[] args) throws SQLException {
        List<String> options = Arrays.asList(args);
        String url = BenchmarkSchema.option(options, "--url", BenchmarkSchema.DEFAULT_URL);
        int runs = Integer.parseInt(BenchmarkSchema.option(options, "--runs", "5"));
        String only = BenchmarkSchema.option(options, "--only", "");
        boolean load = options.contains("--load");
        try (ApplicationContext context = BenchmarkSchema.open(url, load)) {
            if (load) {
                load(context);
            }
            new ConsoleScaleBenchmark(context, runs, only).run();
        } finally {
            if (options.contains("--drop")) {
                BenchmarkSchema.drop(url);
            }
        }
    }

    private static void load(ApplicationContext context) {
        DemoNetwork network = new DemoNetworkGenerator().generate(DemoScale.forBenchmark(100_000, 1_000_000), AS_OF);
        System.out.printf("generated %d learners, %d applicants, %d outcomes, %d contracts%n", network.learners().size(),
                network.applicants().size(), network.outcomes().size(), network.contracts().size());
        long started = System.nanoTime();
        GeneratedNetworkStore.saveAll(context, network);
        System.out.printf("saved in %d s%n", Duration.ofNanos(System.nanoTime() - started).toSeconds());
    }

    private void run() {
        var schools = context.getBean(SchoolAdministration.class);
        var cohorts = context.getBean(CohortAdministration.class);
        var partners = context.getBean(PartnerAdministration.class);
        School school = as(() -> schools.list(SchoolFilter.all(), Sort.ascending(SchoolSortKey.NAME),
                PageRequest.first(PageRequest.MAX_SIZE)).items()).stream()
                .max(Comparator.comparing(each -> learnersOf(each))).orElseThrow();
        Cohort cohort = as(() -> cohorts.list(new CohortFilter(Optional.of(Set.of(school.id())), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty()), Sort.ascending(CohortSortKey.START_DATE),
                PageRequest.first(1)).items().getFirst());
        Partner funder = as(() -> partners.list(new PartnerFilter(Optional.empty(), Optional.of(PartnerRole.FUNDER),
                Optional.empty(), Optional.empty(), Optional.empty()), Sort.ascending(PartnerSortKey.LEGAL_NAME),
                PageRequest.first(1)).items().getFirst());
        String text = as(() -> context.getBean(LearnerAdministration.class).list(LearnerFilter.all(),
                Sort.ascending(LearnerSortKey.FAMILY_NAME), new PageRequest(DEEP_PAGE, GRID_PAGE)).items())
                .getFirst().name().familyName().substring(0, 3);
        System.out.printf("filters: school %s (%d learners), cohort %s, funder %s, text \"%s\"; %d runs after one warm-up%n%n",
                school.name(), learnersOf(school), cohort.name(), funder.legalName(), text, runs);
        System.out.printf("%-62s %9s %9s %9s%n", "case", "median ms", "p95 ms", "rows");

        learners(school, cohort, text);
        applicants(school, text);
        outcomes();
        contracts();
        partners(text);
        funding(school, funder);
        cohorts(school);
        schools(text);
        dashboard(school, cohort);
    }

    private long learnersOf(School school) {
        return as(() -> context.getBean(LearnerAdministration.class).list(new LearnerFilter(Optional.of(Set.of(school.id())),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()),
                Sort.ascending(LearnerSortKey.FAMILY_NAME), PageRequest.first(1)).totalItems());
    }

    private void learners(School school, Cohort cohort, String text) {
        var port = context.getBean(LearnerAdministration.class);
        Function<LearnerFilter, Function<Sort<LearnerSortKey>, Function<PageRequest, Page<?>>>> list =
                filter -> sort -> page -> port.list(filter, sort, page);
        Map<String, LearnerFilter> filters = new LinkedHashMap<>();
        filters.put("none", LearnerFilter.all());
        filters.put("school", learnerFilter(Optional.of(Set.of(school.id())), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty()));
        filters.put("cohort", learnerFilter(Optional.empty(), Optional.of(cohort), Optional.empty(), Optional.empty(),
                Optional.empty()));
        for (LearnerStatus status : LearnerStatus.values()) {
            filters.put("status " + status, learnerFilter(Optional.empty(), Optional.empty(), Optional.of(status),
                    Optional.empty(), Optional.empty()));
        }
        filters.put("enrolled in 2024", learnerFilter(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(LocalDate.of(2024, 1, 1)), Optional.empty()));
        filters.put("text", learnerFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(text)));
        grid("learners", filters, List.of(Sort.ascending(LearnerSortKey.FAMILY_NAME),
                Sort.descending(LearnerSortKey.FAMILY_NAME), Sort.ascending(LearnerSortKey.ENROLLED_ON),
                Sort.descending(LearnerSortKey.ENROLLED_ON)), list);
    }

    private static LearnerFilter learnerFilter(Optional<Set<SchoolId>> schools,
                                               Optional<Cohort> cohort, Optional<LearnerStatus> status,
                                               Optional<LocalDate> from, Optional<String> text) {
        Optional<LocalDate> to = from.map(date -> date.withDayOfYear(date.lengthOfYear()));
        return new LearnerFilter(schools, cohort.map(Cohort::id), status, from, to, text, Optional.empty());
    }

    private void applicants(School school, String text) {
        var port = context.getBean(ApplicantSelection.class);
        Map<String, ApplicantFilter> filters = new LinkedHashMap<>();
        filters.put("none", applicantFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
        filters.put("school", applicantFilter(Optional.of(Set.of(school.id())), Optional.empty(), Optional.empty(),
                Optional.empty()));
        for (SelectionStage stage : SelectionStage.values()) {
            filters.put("stage " + stage, applicantFilter(Optional.empty(), Optional.of(stage), Optional.empty(),
                    Optional.empty()));
        }
        filters.put("applied in 2024", applicantFilter(Optional.empty(), Optional.empty(),
                Optional.of(LocalDate.of(2024, 1, 1)), Optional.empty()));
        filters.put("text", applicantFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(text)));
        grid("applicants", filters, List.of(Sort.descending(ApplicantSortKey.APPLIED_ON),
                Sort.ascending(ApplicantSortKey.FAMILY_NAME), Sort.ascending(ApplicantSortKey.STAGE)),
                filter -> sort -> page -> port.list(filter, sort, page));
        // The strip above the grid: one count per stage, under the other filters.
        time("applicants: stage strip, " + SelectionStage.values().length + " counts", () -> {
            long total = 0;
            for (SelectionStage stage : SelectionStage.values()) {
                total += port.list(applicantFilter(Optional.empty(), Optional.of(stage), Optional.empty(), Optional.empty()),
                        Sort.ascending(ApplicantSortKey.APPLIED_ON), PageRequest.first(1)).totalItems();
            }
            return total;
        });
    }

    private static ApplicantFilter applicantFilter(Optional<Set<SchoolId>> schools,
                                                   Optional<SelectionStage> stage, Optional<LocalDate> from,
                                                   Optional<String> text) {
        Optional<LocalDate> to = from.map(date -> date.withDayOfYear(date.lengthOfYear()));
        return new ApplicantFilter(schools, Optional.empty(), stage, from, to, text, Optional.empty());
    }

    private void outcomes() {
        var port = context.getBean(OutcomeRecording.class);
        Map<String, OutcomeFilter> filters = new LinkedHashMap<>();
        filters.put("none", OutcomeFilter.all());
        for (Situation situation : List.of(Situation.PERMANENT_CONTRACT, Situation.JOB_SEEKING, Situation.UNKNOWN)) {
            filters.put("situation " + situation, new OutcomeFilter(Optional.empty(), Optional.empty(),
                    Optional.of(situation), Optional.empty(), Optional.empty(), Optional.empty()));
        }
        filters.put("observed in 2024", new OutcomeFilter(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(LocalDate.of(2024, 1, 1)), Optional.of(LocalDate.of(2024, 12, 31)), Optional.empty()));
        grid("outcomes", filters, List.of(Sort.descending(OutcomeSortKey.OBSERVED_ON),
                Sort.ascending(OutcomeSortKey.OBSERVED_ON)), filter -> sort -> page -> port.list(filter, sort, page));
        // The grid names each learner on the page, one look-up per learner not yet seen.
        var learners = context.getBean(LearnerAdministration.class);
        var onFirstPage = as(() -> new LinkedHashSet<>(port.list(OutcomeFilter.all(),
                Sort.descending(OutcomeSortKey.OBSERVED_ON), PageRequest.first(GRID_PAGE)).items().stream()
                .map(EmploymentOutcome::learnerId).toList()));
        time("outcomes: learner names of page 0, one get each", () -> {
            onFirstPage.forEach(learners::get);
            return (long) onFirstPage.size();
        });
    }

    private void contracts() {
        var port = context.getBean(WorkStudyAdministration.class);
        Map<String, ContractFilter> filters = new LinkedHashMap<>();
        filters.put("none", ContractFilter.all());
        for (boolean broken : List.of(true, false)) {
            filters.put("broken " + broken, new ContractFilter(Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.of(broken), Optional.empty()));
        }
        grid("contracts", filters, List.of(Sort.descending(ContractSortKey.START_DATE),
                Sort.ascending(ContractSortKey.PLANNED_END_DATE)), filter -> sort -> page -> port.list(filter, sort, page));
    }

    private void partners(String text) {
        var port = context.getBean(PartnerAdministration.class);
        Map<String, PartnerFilter> filters = new LinkedHashMap<>();
        filters.put("none", PartnerFilter.all());
        filters.put("role FUNDER", new PartnerFilter(Optional.empty(), Optional.of(PartnerRole.FUNDER), Optional.empty(),
                Optional.empty(), Optional.empty()));
        filters.put("kind SME", new PartnerFilter(Optional.empty(), Optional.empty(), Optional.of(PartnerKind.SME),
                Optional.empty(), Optional.empty()));
        filters.put("text", new PartnerFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(text),
                Optional.empty()));
        grid("partners", filters, List.of(Sort.ascending(PartnerSortKey.LEGAL_NAME), Sort.ascending(PartnerSortKey.KIND)),
                filter -> sort -> page -> port.list(filter, sort, page));
    }

    private void funding(School school, Partner funder) {
        var port = context.getBean(FundingAdministration.class);
        Map<String, FundingFilter> filters = new LinkedHashMap<>();
        filters.put("none", FundingFilter.all());
        filters.put("school", new FundingFilter(Optional.of(Set.of(school.id())), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty()));
        filters.put("funder", new FundingFilter(Optional.empty(), Optional.empty(), Optional.of(funder.id()),
                Optional.empty(), Optional.empty()));
        filters.put("year 2024", new FundingFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(2024),
                Optional.empty()));
        grid("funding", filters, List.of(Sort.descending(FundingSortKey.YEAR), Sort.ascending(FundingSortKey.AMOUNT)),
                filter -> sort -> page -> port.list(filter, sort, page));
    }

    private void cohorts(School school) {
        var port = context.getBean(CohortAdministration.class);
        Map<String, CohortFilter> filters = new LinkedHashMap<>();
        filters.put("none", CohortFilter.all());
        filters.put("school", new CohortFilter(Optional.of(Set.of(school.id())), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty()));
        grid("cohorts", filters, List.of(Sort.descending(CohortSortKey.START_DATE), Sort.ascending(CohortSortKey.NAME)),
                filter -> sort -> page -> port.list(filter, sort, page));
    }

    private void schools(String text) {
        var port = context.getBean(SchoolAdministration.class);
        Map<String, SchoolFilter> filters = new LinkedHashMap<>();
        filters.put("none", SchoolFilter.all());
        filters.put("text", new SchoolFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(text),
                Optional.empty()));
        grid("schools", filters, Arrays.stream(SchoolSortKey.values()).map(Sort::ascending).toList(),
                filter -> sort -> page -> port.list(filter, sort, page));
    }

    private void dashboard(School school, Cohort cohort) {
        var port = context.getBean(IndicatorReporting.class);
        List<IndicatorScope> scopes = List.of(new IndicatorScope.Network(), new IndicatorScope.OfRegion(school.region()),
                new IndicatorScope.OfSchool(school.id()), new IndicatorScope.OfCohort(cohort.id()));
        for (IndicatorScope scope : scopes) {
            time("dashboard: " + scope.getClass().getSimpleName(), () -> port.report(scope).jobsCreated());
        }
    }

    /**
     * What a grid costs: the count (a one-row page, as PagedFetch asks it) and a 50-row page, first
     * and deep, for the default sort under every filter and for every sort without filter.
     */
    private <F, K extends Enum<K>> void grid(String view, Map<String, F> filters, List<Sort<K>> sorts,
                                             Function<F, Function<Sort<K>, Function<PageRequest, Page<?>>>> list) {
        Sort<K> defaultSort = sorts.getFirst();
        Map<String, Map.Entry<F, Sort<K>>> cases = new LinkedHashMap<>();
        filters.forEach((name, filter) -> cases.put(name + ", " + describe(defaultSort), Map.entry(filter, defaultSort)));
        F none = filters.values().iterator().next();
        sorts.stream().skip(1).forEach(sort -> cases.put("none, " + describe(sort), Map.entry(none, sort)));
        cases.forEach((name, at) -> {
            Function<PageRequest, Page<?>> pages = list.apply(at.getKey()).apply(at.getValue());
            long total = as(() -> pages.apply(PageRequest.first(1)).totalItems());
            int last = (int) Math.max(0, (total - 1) / GRID_PAGE);
            time(view + ": " + name + ", count + page 0", () -> {
                pages.apply(PageRequest.first(1));
                return pages.apply(new PageRequest(0, GRID_PAGE)).totalItems();
            });
            if (last > 0) {
                int deep = Math.min(DEEP_PAGE, last);
                time(view + ": " + name + ", count + page " + deep, () -> {
                    pages.apply(PageRequest.first(1));
                    return pages.apply(new PageRequest(deep, GRID_PAGE)).totalItems();
                });
            }
        });
    }

    private static String describe(Sort<?> sort) {
        return sort.key().name().toLowerCase() + " " + (sort.direction().name().startsWith("A") ? "asc" : "desc");
    }

    private void time(String name, Supplier<Long> work) {
        if (Arrays.stream(only.split(",")).noneMatch(name::contains)) {
            return;
        }
        long rows = as(work);
        long[] millis = new long[runs];
        for (int run = 0; run < runs; run++) {
            long started = System.nanoTime();
            as(work);
            millis[run] = Duration.ofNanos(System.nanoTime() - started).toMillis();
        }
        Arrays.sort(millis);
        long median = millis[runs / 2];
        long p95 = millis[Math.min(runs - 1, (int) Math.ceil(runs * 0.95) - 1)];
        System.out.printf("%-62s %9d %9d %9d%n", name, median, p95, rows);
    }

    private <T> T as(Supplier<T> work) {
        return actor.runAs(ADMIN, work);
    }
}
