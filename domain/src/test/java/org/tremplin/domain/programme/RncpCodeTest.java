package org.tremplin.domain.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tremplin.domain.testdata.DomainAssertions.assertInvalid;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tremplin.domain.error.ErrorCodes;

@DisplayName("RncpCode")
class RncpCodeTest {

    @ParameterizedTest(name = "reads \"{0}\" as {1}")
    @CsvSource(delimiter = '|', value = {
            "RNCP37827 | RNCP37827",
            "rncp37827 | RNCP37827",
            "RNCP 37827 | RNCP37827",
            "' RNCP37827 ' | RNCP37827",
            "RNCP123 | RNCP123",
            "RNCP123456 | RNCP123456"})
    void normalises(String typed, String code) {
        assertThat(new RncpCode(typed).value()).isEqualTo(code);
    }

    @ParameterizedTest(name = "refuses \"{0}\" with programme.rncp-format")
    @ValueSource(strings = {"RNCP12", "RNCP", "37827", "RS5584", "RNCPABC", "RNCP-3782", "XRNCP3782", "RNCP12.3"})
    void refusesBadFormat(String typed) {
        var error = assertInvalid(() -> new RncpCode(typed), ErrorCodes.RNCP_FORMAT, "rncpCode");

        assertThat(error).hasMessage("rncpCode must read RNCP followed by 3 to 6 digits");
    }

    @Test
    @DisplayName("refuses seven digits (eleven characters) with value.too-long")
    void refusesSevenDigits() {
        assertInvalid(() -> new RncpCode("RNCP1234567"), ErrorCodes.TOO_LONG, "rncpCode");
    }

    @ParameterizedTest(name = "refuses \"{0}\" with value.required")
    @NullSource
    @ValueSource(strings = {"", "   "})
    void refusesBlank(String typed) {
        assertInvalid(() -> new RncpCode(typed), ErrorCodes.REQUIRED, "rncpCode");
    }

    @Test
    @DisplayName("prints as its value")
    void printsAsValue() {
        assertThat(new RncpCode("rncp 37827")).hasToString("RNCP37827");
    }
}
