package org.tremplin.domain.school;

import java.util.Locale;
import org.tremplin.domain.error.ErrorCodes;
import org.tremplin.domain.error.InvalidValueException;
import org.tremplin.domain.shared.Require;

/** A French département by its official code: "34", "2A", "974". */
public record Departement(String code) {
    public Departement {
        code = Require.text(code, "departement", 3).toUpperCase(Locale.ROOT);
        if (!Region.isKnownDepartement(code)) {
            throw new InvalidValueException("departement", ErrorCodes.DEPARTEMENT_UNKNOWN,
                    "departement " + code + " is not a French département code");
        }
    }

    public Region region() {
        return Region.of(this).orElseThrow();
    }

    @Override
    public String toString() {
        return code;
    }
}
