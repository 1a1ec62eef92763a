package org.tremplin.domain.indicator;

import java.util.Map;
import java.util.Objects;
import org.tremplin.domain.applicant.SelectionStage;

/**
 * How many applicants reached a stage of selection, as a share of all who applied, and who they
 * are.
 *
 * @param diversity the share of each inclusion group among those who reached the stage, measured
 *                  on the day each applied; without the recognised-disability group for readers
 *                  not allowed to read health data
 */
public record FunnelStage(SelectionStage stage, long reached, Rate ofApplied, Map<InclusionGroup, Rate> diversity) {
    public FunnelStage {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(ofApplied, "ofApplied");
        diversity = Diversity.copyOf(diversity);
    }

    FunnelStage withoutHealthData() {
        return new FunnelStage(stage, reached, ofApplied, Diversity.withoutHealthData(diversity));
    }
}
