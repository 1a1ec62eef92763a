package org.tremplin.testdata;

/**
 * How big a demo network to generate.
 *
 * @param copiesOfEachCohort how many groups each school runs every time it starts a cohort: 1 gives
 *                           the real-sized network, more multiply its learners for load tests
 *                           ("Promo 2019", "Promo 2019 — groupe 2", ...)
 * @param followUpsPerLeaver how many follow-ups each former learner gets at most: 1 is the one six
 *                           months after leaving, 2 adds the one at twelve months, 3 and 4 those at
 *                           eighteen and twenty-four (which fewer leavers answer), and each further
 *                           one is a monthly call (first the months before the twelfth, then after),
 *                           never after the generation date
 */
public record DemoScale(int copiesOfEachCohort, int followUpsPerLeaver) {
    public static final int MAX_COPIES = 1_000;
    public static final int MAX_FOLLOW_UPS = 120;

    /*
     * What one copy of the network holds as of the standard demo date (2026-11-23), measured on
     * DemoNetworkGenerator's output. DemoNetworkGeneratorTest checks that forBenchmark still lands
     * near its targets with them: re-measure them when the generator changes.
     */
    /** Learners in one copy. */
    static final int LEARNERS_PER_COPY = 935;
    /** Former learners followed up at least once (they left six months or more before the date), in one copy. */
    static final int FOLLOWED_UP_LEAVERS_PER_COPY = 893;
    /**
     * How far short of {@code followUpsPerLeaver} a leaver's follow-ups fall on average, because
     * those who left recently have had fewer months to be called in.
     */
    static final double FOLLOW_UP_SHORTFALL = 0.15;

    public DemoScale {
        if (copiesOfEachCohort < 1 || copiesOfEachCohort > MAX_COPIES) {
            throw new IllegalArgumentException(
                    "copiesOfEachCohort must be between 1 and " + MAX_COPIES + ": " + copiesOfEachCohort);
        }
        if (followUpsPerLeaver < 1 || followUpsPerLeaver > MAX_FOLLOW_UPS) {
            throw new IllegalArgumentException(
                    "followUpsPerLeaver must be between 1 and " + MAX_FOLLOW_UPS + ": " + followUpsPerLeaver);
        }
    }

    /** The network at its real size: one group per cohort, followed up 6, 12, 18 and 24 months after leaving. */
    public static DemoScale standard() {
        return new DemoScale(1, 4);
    }

    /**
     * The copies and follow-ups that come nearest {@code learners} learners and {@code outcomes}
     * follow-ups for a network generated as of late 2026; earlier dates give fewer of both.
     */
    public static DemoScale forBenchmark(int learners, int outcomes) {
        if (learners < 1) {
            throw new IllegalArgumentException("learners must be positive: " + learners);
        }
        if (outcomes < 1) {
            throw new IllegalArgumentException("outcomes must be positive: " + outcomes);
        }
        long copies = Math.max(1, Math.round((double) learners / LEARNERS_PER_COPY));
        if (copies > MAX_COPIES) {
            throw new IllegalArgumentException("at most about " + (long) MAX_COPIES * LEARNERS_PER_COPY
                    + " learners can be generated: " + learners);
        }
        double perLeaver = (double) outcomes / (copies * FOLLOWED_UP_LEAVERS_PER_COPY);
        long followUps = Math.max(1, Math.round(perLeaver + FOLLOW_UP_SHORTFALL));
        if (followUps > MAX_FOLLOW_UPS) {
            throw new IllegalArgumentException("at most " + MAX_FOLLOW_UPS + " follow-ups per former learner can be "
                    + "generated: " + outcomes + " outcomes for " + learners + " learners would need " + followUps);
        }
        return new DemoScale((int) copies, (int) followUps);
    }
}
