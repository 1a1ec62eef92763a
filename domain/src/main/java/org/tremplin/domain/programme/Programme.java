package org.tremplin.domain.programme;

import java.util.Optional;
import org.tremplin.domain.shared.Require;

/**
 * A training programme, such as "Développeur·se Data IA".
 *
 * @param level the French qualification level (3 = CAP ... 8 = doctorate), when registered
 */
public record Programme(
        ProgrammeId id,
        long version,
        String title,
        Optional<RncpCode> rncpCode,
        Optional<Integer> level,
        PhaseLengths phases) {

    public static final int TITLE_MAX_LENGTH = 150;
    public static final int MIN_LEVEL = 3;
    public static final int MAX_LEVEL = 8;

    public Programme {
        Require.present(id, "id");
        title = Require.text(title, "title", TITLE_MAX_LENGTH);
        Require.present(rncpCode, "rncpCode");
        Require.present(level, "level");
        level.ifPresent(value -> Require.between(value, MIN_LEVEL, MAX_LEVEL, "level"));
        Require.present(phases, "phases");
    }

    public static Programme create(ProgrammeId id, String title, Optional<RncpCode> rncpCode, Optional<Integer> level,
                                   PhaseLengths phases) {
        return new Programme(id, 0, title, rncpCode, level, phases);
    }

    public Programme revise(String newTitle, Optional<RncpCode> newCode, Optional<Integer> newLevel, PhaseLengths newPhases) {
        return new Programme(id, version, newTitle, newCode, newLevel, newPhases);
    }

    public Programme withVersion(long newVersion) {
        return new Programme(id, newVersion, title, rncpCode, level, phases);
    }
}
