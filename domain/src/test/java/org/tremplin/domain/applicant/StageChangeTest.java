package org.tremplin.domain.applicant;

import static org.tremplin.domain.testdata.DomainAssertions.assertInvalid;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tremplin.domain.error.ErrorCodes;

@DisplayName("StageChange")
class StageChangeTest {

    @Test
    @DisplayName("needs a stage and a date")
    void needsStageAndDate() {
        assertInvalid(() -> new StageChange(null, LocalDate.of(2018, 6, 1)), ErrorCodes.REQUIRED, "stage");
        assertInvalid(() -> new StageChange(SelectionStage.APPLIED, null), ErrorCodes.REQUIRED, "date");
    }
}
