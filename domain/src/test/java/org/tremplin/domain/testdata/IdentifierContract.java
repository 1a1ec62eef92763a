package org.tremplin.domain.testdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tremplin.domain.testdata.DomainAssertions.assertInvalid;

import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tremplin.domain.error.ErrorCodes;

/**
 * The rules every identifier shares; each id's test class extends this and says how to build,
 * parse and read it, and which field its errors name.
 */
public abstract class IdentifierContract<I> {
    private static final String CANONICAL = "3f2504e0-4f89-41d3-9a0c-0305e82c3301";

    protected abstract I of(UUID value);

    protected abstract I parse(String text);

    protected abstract UUID valueOf(I id);

    protected abstract String field();

    @Test
    @DisplayName("parses the canonical form of a UUID")
    public void parsesCanonicalForm() {
        I id = parse(CANONICAL);

        assertThat(valueOf(id)).isEqualTo(UUID.fromString(CANONICAL));
        assertThat(id).isEqualTo(of(UUID.fromString(CANONICAL)));
    }

    @Test
    @DisplayName("tolerates spaces and upper case around a typed identifier")
    public void toleratesSpacesAndUpperCase() {
        assertThat(valueOf(parse("  " + CANONICAL.toUpperCase() + "\t"))).isEqualTo(UUID.fromString(CANONICAL));
    }

    @Test
    @DisplayName("prints as the bare UUID")
    public void printsAsTheUuid() {
        assertThat(parse(CANONICAL)).hasToString(CANONICAL);
    }

    @ParameterizedTest(name = "refuses \"{0}\" with value.bad-format")
    @ValueSource(strings = {"not-an-id", "3f2504e0", "3f2504e0-4f89-41d3-9a0c-0305e82c33zz", "42", "",
            "   ", "3f2504e0_4f89_41d3_9a0c_0305e82c3301"})
    public void refusesBadString(String text) {
        assertInvalid(() -> parse(text), ErrorCodes.BAD_FORMAT, field());
    }

    @Test
    @DisplayName("refuses a missing text with value.required")
    public void refusesMissingText() {
        assertInvalid(() -> parse(null), ErrorCodes.REQUIRED, field());
    }

    @Test
    @DisplayName("refuses a missing UUID with value.required")
    public void refusesMissingUuid() {
        assertInvalid(() -> of(null), ErrorCodes.REQUIRED, field());
    }
}
