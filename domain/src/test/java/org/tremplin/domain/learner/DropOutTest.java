package org.tremplin.domain.learner;

import static org.tremplin.domain.testdata.DomainAssertions.assertInvalid;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tremplin.domain.error.ErrorCodes;

@DisplayName("DropOut")
class DropOutTest {

    @Test
    @DisplayName("needs a date and a reason")
    void needsDateAndReason() {
        assertInvalid(() -> new DropOut(null, DropOutReason.HEALTH), ErrorCodes.REQUIRED, "droppedOutOn");
        assertInvalid(() -> new DropOut(LocalDate.of(2019, 1, 1), null), ErrorCodes.REQUIRED, "reason");
    }
}
