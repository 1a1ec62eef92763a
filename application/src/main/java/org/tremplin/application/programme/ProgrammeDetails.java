package org.tremplin.application.programme;

import java.util.Optional;

/**
 * What an administrator types about a programme. Phase lengths left empty take the Écoles IA
 * format: 7 months in the school, 12 in work-study.
 */
public record ProgrammeDetails(String title, Optional<String> rncpCode, Optional<Integer> level,
                               Optional<Integer> centreMonths, Optional<Integer> workStudyMonths) {
}
