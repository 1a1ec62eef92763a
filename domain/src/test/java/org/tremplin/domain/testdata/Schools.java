package org.tremplin.domain.testdata;

import java.time.LocalDate;
import java.util.Optional;
import org.tremplin.domain.school.Departement;
import org.tremplin.domain.school.Region;
import org.tremplin.domain.school.School;
import org.tremplin.domain.school.SchoolStatus;

/** Schools; the default one is at Castelnau-le-Lez, Hérault (34), Occitanie. */
public final class Schools {
    public static final LocalDate OPENED_ON = LocalDate.of(2018, 10, 1);
    public static final LocalDate CLOSED_ON = LocalDate.of(2024, 7, 31);

    private Schools() {
    }

    public static School planned() {
        return School.plan(Ids.school(), "École IA Montpellier", "Castelnau-le-Lez", Region.OCCITANIE,
                new Departement("34"), Optional.empty());
    }

    public static School open() {
        return planned().open(OPENED_ON);
    }

    public static School closed() {
        return open().close(CLOSED_ON);
    }

    /** Builds a school through the constructor, for the combinations the factories cannot reach. */
    public static School of(SchoolStatus status, Optional<LocalDate> openedOn, Optional<LocalDate> closedOn) {
        return new School(Ids.school(), 0, "École IA Montpellier", "Castelnau-le-Lez", Region.OCCITANIE,
                new Departement("34"), status, openedOn, closedOn);
    }
}
