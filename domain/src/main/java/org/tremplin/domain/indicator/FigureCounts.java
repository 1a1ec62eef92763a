package org.tremplin.domain.indicator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.tremplin.domain.applicant.Applicant;
import org.tremplin.domain.applicant.SelectionStage;
import java.time.LocalDate;
import org.tremplin.domain.learner.Learner;
import org.tremplin.domain.learner.LearnerId;
import org.tremplin.domain.learner.LearnerStatus;
import org.tremplin.domain.outcome.EmploymentOutcome;
import org.tremplin.domain.partner.PartnerId;
import org.tremplin.domain.workstudy.WorkStudyContract;

/**
 * The figures of a report that add up: each is a count over people or contracts that belong to one
 * cohort only, so the counts of a school are the sums of its cohorts' counts, and a network's the
 * sums of its schools'. The selection funnel, the learners by status and group, the contracts and
 * their breaks, and each partner's apprentices and hires (people, counted once per cohort: a person
 * is in one cohort). Each {@link Section} is worked out from one kind of record. A database adapter may keep these counts per cohort and per school, worked out
 * here from a cohort's records at each write, and only sum them for a report; the figures are then
 * rebuilt here ({@link #funnelOf} …), so that they are defined once, by {@link FunnelIndicators},
 * {@link TrainingIndicators}, {@link ContractIndicators} and {@link PartnerContribution}.
 *
 * <p>Counts are named; a name is at most {@value #NAME_MAX_LENGTH} characters. Zero counts are left out.
 *
 * @see "docs/adr/0013-indicator-summaries.md"
 */
public final class FigureCounts {
    public static final int NAME_MAX_LENGTH = 80;

    /** Which records a count is worked out from: a write of those records changes only that section. */
    public enum Section {
        FUNNEL("funnel."),
        TRAINING("training."),
        CONTRACTS("contracts."),
        HIRES("hires.");

        private final String prefix;

        Section(String prefix) {
            this.prefix = prefix;
        }

        public String prefix() {
            return prefix;
        }

        public static Section of(String name) {
            return Arrays.stream(values()).filter(section -> name.startsWith(section.prefix)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("not a figure count: " + name));
        }
    }

    private static final String APPLICANTS = "funnel.applicants";
    private static final String LEARNERS = "training.learners";
    private static final String CONTRACTS = "contracts.all";
    private static final String BROKEN = "contracts.broken";
    private static final String HOSTED = "contracts.hosted.";
    private static final String HIRED = "hires.hired.";

    private FigureCounts() {
    }

    /** Whether a count tells something of health: kept apart, so that a reporting account can be denied it. */
    public static boolean isHealthData(String name) {
        return name.endsWith("." + InclusionGroup.RECOGNISED_DISABILITY.name());
    }

    public static Map<String, Long> funnel(Collection<Applicant> applicants) {
        FunnelIndicators funnel = FunnelIndicators.measure(List.copyOf(applicants));
        Map<String, Long> counts = new TreeMap<>();
        put(counts, APPLICANTS, applicants.size());
        for (FunnelStage stage : funnel.stages()) {
            put(counts, reached(stage.stage()), stage.reached());
            stage.diversity().forEach((group, rate) -> put(counts, reached(stage.stage()) + "." + group.name(),
                    rate.numerator()));
        }
        return counts;
    }

    public static FunnelIndicators funnelOf(Map<String, Long> counts) {
        long applicants = counts.getOrDefault(APPLICANTS, 0L);
        List<FunnelStage> stages = new ArrayList<>();
        for (SelectionStage stage : SelectionStage.values()) {
            if (!SelectionStage.FUNNEL.contains(stage)) {
                continue;
            }
            long reached = counts.getOrDefault(reached(stage), 0L);
            stages.add(new FunnelStage(stage, reached, new Rate(reached, applicants),
                    diversity(counts, reached(stage) + ".", reached)));
        }
        return new FunnelIndicators(stages);
    }

    public static Map<String, Long> training(Collection<Learner> learners) {
        TrainingIndicators training = TrainingIndicators.measure(List.copyOf(learners));
        Map<String, Long> counts = new TreeMap<>();
        put(counts, LEARNERS, training.enrolled());
        for (LearnerStatus status : LearnerStatus.values()) {
            put(counts, status(status), learners.stream().filter(learner -> learner.status() == status).count());
        }
        training.diversity().forEach((group, rate) -> put(counts, LEARNERS + "." + group.name(), rate.numerator()));
        return counts;
    }

    public static TrainingIndicators trainingOf(Map<String, Long> counts) {
        long learners = counts.getOrDefault(LEARNERS, 0L);
        long graduated = counts.getOrDefault(status(LearnerStatus.GRADUATED), 0L);
        long droppedOut = counts.getOrDefault(status(LearnerStatus.DROPPED_OUT), 0L);
        return new TrainingIndicators(learners,
                counts.getOrDefault(status(LearnerStatus.IN_CENTRE), 0L),
                counts.getOrDefault(status(LearnerStatus.IN_WORK_STUDY), 0L),
                graduated,
                droppedOut,
                new Rate(graduated, graduated + droppedOut),
                new Rate(droppedOut, learners),
                diversity(counts, LEARNERS + ".", learners));
    }

    /** The contracts, their breaks, and the apprentices each partner hosted. */
    public static Map<String, Long> contracts(Collection<WorkStudyContract> contracts) {
        Map<String, Long> counts = new TreeMap<>();
        put(counts, CONTRACTS, contracts.size());
        put(counts, BROKEN, contracts.stream().filter(WorkStudyContract::isBroken).count());
        for (PartnerContribution contribution : PartnerContribution.rank(List.copyOf(contracts), List.of())) {
            put(counts, HOSTED + contribution.partnerId(), contribution.apprenticesHosted());
        }
        return counts;
    }

    /**
     * @param learnersInWorkStudyWithoutContract depends on the report's day, so it is not a kept count:
     *                                           the adapter works it out for the day
     */
    public static ContractIndicators contractsOf(Map<String, Long> counts, long learnersInWorkStudyWithoutContract) {
        long contracts = counts.getOrDefault(CONTRACTS, 0L);
        long broken = counts.getOrDefault(BROKEN, 0L);
        return new ContractIndicators(contracts, broken, new Rate(broken, contracts), learnersInWorkStudyWithoutContract);
    }

    /** The learners each partner hired, from their follow-ups. */
    public static Map<String, Long> hires(Collection<EmploymentOutcome> outcomes) {
        Map<String, Long> counts = new TreeMap<>();
        for (PartnerContribution contribution : PartnerContribution.rank(List.of(), List.copyOf(outcomes))) {
            put(counts, HIRED + contribution.partnerId(), contribution.hires());
        }
        return counts;
    }

    /**
     * The learners among {@code statuses} in their work-study phase with none of {@code contracts}
     * running on {@code day}: for a partner's report, whose contracts are only those it hosts. It
     * depends on the day, so it is never kept; see {@link LearnerTimeline} for the network's.
     */
    public static long learnersWithoutContract(Map<LearnerId, LearnerStatus> statuses,
                                               Collection<WorkStudyContract> contracts, LocalDate day) {
        Map<LearnerId, List<WorkStudyContract>> byLearner = new HashMap<>();
        contracts.forEach(contract -> byLearner.computeIfAbsent(contract.learnerId(), id -> new ArrayList<>()).add(contract));
        return statuses.entrySet().stream()
                .filter(learner -> ContractIndicators.isWithoutContract(learner.getValue(),
                        byLearner.getOrDefault(learner.getKey(), List.of()), day))
                .count();
    }

    /** Each partner's apprentices hosted and learners hired, from the counts of {@link #contracts} and {@link #hires}. */
    public static List<PartnerContribution> partnersOf(Map<String, Long> counts) {
        Map<PartnerId, long[]> byPartner = new HashMap<>();
        counts.forEach((name, count) -> {
            boolean hosted = name.startsWith(HOSTED);
            if (!hosted && !name.startsWith(HIRED)) {
                return;
            }
            PartnerId partner = new PartnerId(UUID.fromString(name.substring(name.lastIndexOf('.') + 1)));
            byPartner.computeIfAbsent(partner, p -> new long[2])[hosted ? 0 : 1] += count;
        });
        return byPartner.entrySet().stream()
                .map(entry -> new PartnerContribution(entry.getKey(), entry.getValue()[0], entry.getValue()[1]))
                .sorted(PartnerContribution.LARGEST_FIRST)
                .toList();
    }

    /** Adds {@code more} into {@code into}, name by name. */
    public static void add(Map<String, Long> into, Map<String, Long> more) {
        more.forEach((name, count) -> into.merge(name, count, Long::sum));
    }

    /** The counts that differ between {@code before} and {@code after}, as {@code after − before}. */
    public static Map<String, Long> change(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> change = new TreeMap<>();
        Set<String> names = new HashSet<>(before.keySet());
        names.addAll(after.keySet());
        for (String name : names) {
            long difference = after.getOrDefault(name, 0L) - before.getOrDefault(name, 0L);
            if (difference != 0) {
                change.put(name, difference);
            }
        }
        return change;
    }

    private static Map<InclusionGroup, Rate> diversity(Map<String, Long> counts, String prefix, long size) {
        Map<InclusionGroup, Rate> shares = new EnumMap<>(InclusionGroup.class);
        for (InclusionGroup group : InclusionGroup.values()) {
            shares.put(group, new Rate(counts.getOrDefault(prefix + group.name(), 0L), size));
        }
        return shares;
    }

    private static String reached(SelectionStage stage) {
        return "funnel.reached." + stage.name();
    }

    private static String status(LearnerStatus status) {
        return "training.status." + status.name();
    }

    private static void put(Map<String, Long> counts, String name, long count) {
        if (name.length() > NAME_MAX_LENGTH) {
            throw new IllegalArgumentException("a count's name is too long: " + name);
        }
        if (count != 0) {
            counts.put(name, count);
        }
    }
}
