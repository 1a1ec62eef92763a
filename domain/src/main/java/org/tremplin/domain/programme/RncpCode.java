package org.tremplin.domain.programme;

import java.util.Locale;
import java.util.regex.Pattern;
import org.tremplin.domain.error.ErrorCodes;
import org.tremplin.domain.error.InvalidValueException;
import org.tremplin.domain.shared.Require;

/** A certification's number in the national register (Répertoire national des certifications professionnelles). */
public record RncpCode(String value) {
    private static final Pattern SHAPE = Pattern.compile("^RNCP\\d{3,6}$");

    public RncpCode {
        value = Require.text(value == null ? null : value.replace(" ", ""), "rncpCode", 10).toUpperCase(Locale.ROOT);
        if (!SHAPE.matcher(value).matches()) {
            throw new InvalidValueException("rncpCode", ErrorCodes.RNCP_FORMAT,
                    "rncpCode must read RNCP followed by 3 to 6 digits");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
