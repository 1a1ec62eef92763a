package org.tremplin.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tremplin.domain.testdata.DomainAssertions.assertInvalid;

import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tremplin.domain.error.ErrorCodes;

@DisplayName("Identifiers")
class IdentifiersTest {
    private static final UUID ID = UUID.fromString("0b6f1c1e-7d3a-4c1e-9f55-2a4b8e1d9c00");

    @Test
    @DisplayName("parses a UUID, ignoring surrounding spaces")
    void parses() {
        assertThat(Identifiers.parse(" 0b6f1c1e-7d3a-4c1e-9f55-2a4b8e1d9c00 ", "schoolId")).isEqualTo(ID);
    }

    @ParameterizedTest(name = "refuses \"{0}\" with value.bad-format")
    @ValueSource(strings = {"school-1", "0b6f1c1e7d3a4c1e9f552a4b8e1d9c00", "0b6f1c1e-7d3a-4c1e-9f55", "", " "})
    void refusesBadText(String text) {
        var error = assertInvalid(() -> Identifiers.parse(text, "schoolId"), ErrorCodes.BAD_FORMAT, "schoolId");

        assertThat(error).hasMessage("schoolId is not an identifier");
    }

    @Test
    @DisplayName("refuses null text with value.required")
    void refusesNullText() {
        assertInvalid(() -> Identifiers.parse(null, "schoolId"), ErrorCodes.REQUIRED, "schoolId");
    }

    @Test
    @DisplayName("require returns a present UUID and refuses null with value.required")
    void requireChecksPresence() {
        assertThat(Identifiers.require(ID, "schoolId")).isEqualTo(ID);
        assertInvalid(() -> Identifiers.require(null, "schoolId"), ErrorCodes.REQUIRED, "schoolId");
    }

    @org.junit.jupiter.api.Test
    @org.junit.jupiter.api.DisplayName("orders ids as their text and a BINARY(16) column do, unsigned, not as UUID.compareTo")
    void ordersUnsigned() {
        var low = java.util.UUID.fromString("7fffffff-ffff-4fff-bfff-ffffffffffff");
        var high = java.util.UUID.fromString("80000000-0000-4000-8000-000000000000");
        var sameHighHalf = java.util.UUID.fromString("80000000-0000-4000-9000-000000000000");

        org.assertj.core.api.Assertions.assertThat(low.compareTo(high)).isPositive();
        org.assertj.core.api.Assertions.assertThat(Identifiers.ORDER.compare(low, high)).isNegative();
        org.assertj.core.api.Assertions.assertThat(Identifiers.ORDER.compare(high, sameHighHalf)).isNegative();
        org.assertj.core.api.Assertions.assertThat(java.util.stream.Stream.of(sameHighHalf, high, low)
                .sorted(Identifiers.ORDER).map(Object::toString).toList())
                .isSorted()
                .containsExactly(low.toString(), high.toString(), sameHighHalf.toString());
    }
}
