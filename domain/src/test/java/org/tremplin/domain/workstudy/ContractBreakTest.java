package org.tremplin.domain.workstudy;

import static org.tremplin.domain.testdata.DomainAssertions.assertInvalid;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tremplin.domain.error.ErrorCodes;

@DisplayName("ContractBreak")
class ContractBreakTest {

    @Test
    @DisplayName("needs a date and who broke the contract")
    void needsDateAndParty() {
        assertInvalid(() -> new ContractBreak(null, BrokenBy.EMPLOYER), ErrorCodes.REQUIRED, "brokenOn");
        assertInvalid(() -> new ContractBreak(LocalDate.of(2019, 9, 1), null), ErrorCodes.REQUIRED, "brokenBy");
    }
}
