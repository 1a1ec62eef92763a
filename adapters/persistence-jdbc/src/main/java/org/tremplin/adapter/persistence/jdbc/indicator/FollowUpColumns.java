package org.tremplin.adapter.persistence.jdbc.indicator;

import org.tremplin.domain.indicator.FollowUpHorizon;

/** The columns of {@code learner_follow_up} that hold one horizon, named by its months. */
final class FollowUpColumns {
    private FollowUpColumns() {
    }

    static String snapshotOn(FollowUpHorizon horizon) {
        return "snapshot_on_" + horizon.months();
    }

    static String situation(FollowUpHorizon horizon) {
        return "situation_" + horizon.months();
    }

    static String decidedBy(FollowUpHorizon horizon) {
        return "decided_by_" + horizon.months();
    }
}
