package org.tremplin.adapter.persistence.jdbc.indicator;

import java.util.List;
import java.util.Map;
import org.tremplin.domain.indicator.FigureCounts;

/**
 * A table whose records one {@link FigureCounts.Section} is counted from: it can count its records
 * of any cohorts from scratch, for the start-up that fills the counts of a database made before them.
 */
public interface FigureCountSource {
    FigureCounts.Section section();

    /** The section's counts of each of these cohorts that has records; read inside the caller's transaction. */
    Map<String, Map<String, Long>> countsByCohort(List<String> cohortIds);
}
