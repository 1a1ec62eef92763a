package org.tremplin.domain.testdata;

import java.util.Optional;
import org.tremplin.domain.programme.PhaseLengths;
import org.tremplin.domain.programme.Programme;
import org.tremplin.domain.programme.RncpCode;

/** Programmes; the default one is the Écoles IA format, 7 months in centre then 12 of work-study. */
public final class Programmes {
    public static final String TITLE = "Développeur·se Data IA";

    private Programmes() {
    }

    public static Programme programme() {
        return withPhases(PhaseLengths.ECOLE_IA);
    }

    public static Programme withPhases(PhaseLengths phases) {
        return Programme.create(Ids.programme(), TITLE, Optional.of(new RncpCode("RNCP37827")), Optional.of(5),
                phases);
    }
}
