package org.tremplin.domain.programme;

import org.tremplin.domain.shared.Require;

/** How many months a learner spends in the school, then in work-study. */
public record PhaseLengths(int centreMonths, int workStudyMonths) {
    public static final int MAX_CENTRE_MONTHS = 24;
    public static final int MAX_WORK_STUDY_MONTHS = 36;
    /** The Écoles IA format: 7 months in the school, then 12 months of apprenticeship. */
    public static final PhaseLengths ECOLE_IA = new PhaseLengths(7, 12);

    public PhaseLengths {
        Require.between(centreMonths, 1, MAX_CENTRE_MONTHS, "centreMonths");
        Require.between(workStudyMonths, 0, MAX_WORK_STUDY_MONTHS, "workStudyMonths");
    }
}
