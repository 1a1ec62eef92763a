package org.tremplin.domain.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tremplin.domain.testdata.DomainAssertions.assertInvalid;

import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tremplin.domain.error.ErrorCodes;
import org.tremplin.domain.testdata.Ids;
import org.tremplin.domain.testdata.Programmes;

@DisplayName("Programme")
class ProgrammeTest {
    private static final Optional<RncpCode> RNCP = Optional.of(new RncpCode("RNCP37827"));

    private static Programme withTitle(String title) {
        return Programme.create(Ids.programme(), title, RNCP, Optional.of(5), PhaseLengths.ECOLE_IA);
    }

    private static Programme withLevel(Optional<Integer> level) {
        return Programme.create(Ids.programme(), "Développeur·se Data IA", RNCP, level, PhaseLengths.ECOLE_IA);
    }

    @Test
    @DisplayName("is created unsaved with the values given, title trimmed")
    void create() {
        Programme programme = Programme.create(Ids.programme(), "  Développeur·se Data IA  ", RNCP, Optional.of(5),
                PhaseLengths.ECOLE_IA);

        assertThat(programme.version()).isZero();
        assertThat(programme.title()).isEqualTo("Développeur·se Data IA");
        assertThat(programme.rncpCode()).isEqualTo(RNCP);
        assertThat(programme.level()).contains(5);
        assertThat(programme.phases()).isEqualTo(new PhaseLengths(7, 12));
    }

    @Test
    @DisplayName("the default test programme follows the 7 + 12 months format")
    void defaultFormat() {
        assertThat(Programmes.programme().phases()).isEqualTo(PhaseLengths.ECOLE_IA);
    }

    @ParameterizedTest(name = "refuses title \"{0}\" with value.required")
    @NullSource
    @ValueSource(strings = {"", "  "})
    void refusesBlankTitle(String title) {
        assertInvalid(() -> withTitle(title), ErrorCodes.REQUIRED, "title");
    }

    @Test
    @DisplayName("accepts a 150-character title and refuses 151")
    void titleLength() {
        String longest = "t".repeat(Programme.TITLE_MAX_LENGTH);

        assertThat(withTitle(longest).title()).hasSize(150);
        assertInvalid(() -> withTitle(longest + "t"), ErrorCodes.TOO_LONG, "title");
    }

    @ParameterizedTest(name = "accepts level {0}")
    @ValueSource(ints = {3, 4, 5, 6, 7, 8})
    void acceptsLevels(int level) {
        assertThat(withLevel(Optional.of(level)).level()).contains(level);
    }

    @ParameterizedTest(name = "refuses level {0}")
    @ValueSource(ints = {0, 1, 2, 9, 10})
    void refusesLevels(int level) {
        var error = assertInvalid(() -> withLevel(Optional.of(level)), ErrorCodes.OUT_OF_RANGE, "level");

        assertThat(error).hasMessage("level must be between 3 and 8");
    }

    @Test
    @DisplayName("a programme not yet registered has neither level nor RNCP code")
    void unregistered() {
        Programme programme = Programme.create(Ids.programme(), "Prépa IA", Optional.empty(), Optional.empty(),
                PhaseLengths.ECOLE_IA);

        assertThat(programme.level()).isEmpty();
        assertThat(programme.rncpCode()).isEmpty();
    }

    @Test
    @DisplayName("refuses missing id, RNCP Optional, level Optional and phases")
    void refusesMissingValues() {
        assertInvalid(() -> Programme.create(null, "T", RNCP, Optional.of(5), PhaseLengths.ECOLE_IA),
                ErrorCodes.REQUIRED, "id");
        assertInvalid(() -> Programme.create(Ids.programme(), "T", null, Optional.of(5), PhaseLengths.ECOLE_IA),
                ErrorCodes.REQUIRED, "rncpCode");
        assertInvalid(() -> Programme.create(Ids.programme(), "T", RNCP, null, PhaseLengths.ECOLE_IA),
                ErrorCodes.REQUIRED, "level");
        assertInvalid(() -> Programme.create(Ids.programme(), "T", RNCP, Optional.of(5), null),
                ErrorCodes.REQUIRED, "phases");
    }

    @Test
    @DisplayName("revise keeps id and version and checks the new values")
    void revise() {
        Programme saved = Programmes.programme().withVersion(4);

        Programme revised = saved.revise("Data Analyst", Optional.empty(), Optional.of(6), new PhaseLengths(9, 15));

        assertThat(revised.id()).isEqualTo(saved.id());
        assertThat(revised.version()).isEqualTo(4);
        assertThat(revised.title()).isEqualTo("Data Analyst");
        assertThat(revised.rncpCode()).isEmpty();
        assertThat(revised.level()).contains(6);
        assertThat(revised.phases()).isEqualTo(new PhaseLengths(9, 15));
        assertInvalid(() -> saved.revise("Data Analyst", Optional.empty(), Optional.of(2), PhaseLengths.ECOLE_IA),
                ErrorCodes.OUT_OF_RANGE, "level");
    }
}
