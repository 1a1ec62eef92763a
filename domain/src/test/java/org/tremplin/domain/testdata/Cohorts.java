package org.tremplin.domain.testdata;

import java.time.LocalDate;
import org.tremplin.domain.cohort.Cohort;
import org.tremplin.domain.programme.PhaseLengths;

/** Cohorts; the default one starts on 1 October 2018 with the 7 + 12 months format and 24 seats. */
public final class Cohorts {
    public static final LocalDate START = LocalDate.of(2018, 10, 1);

    private Cohorts() {
    }

    public static Cohort cohort() {
        return startingOn(START, PhaseLengths.ECOLE_IA);
    }

    public static Cohort startingOn(LocalDate start, PhaseLengths phases) {
        return Cohort.open(Ids.cohort(), Ids.school(), Programmes.withPhases(phases), "Promo Ada Lovelace", start, 24);
    }
}
