package org.tremplin.domain.shared;

import java.util.UUID;
import org.tremplin.domain.error.ErrorCodes;
import org.tremplin.domain.error.InvalidValueException;

/** Reading identifiers typed by people or sent by clients. */
public final class Identifiers {
    private Identifiers() {
    }

    public static UUID parse(String text, String field) {
        Require.present(text, field);
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(field, ErrorCodes.BAD_FORMAT, field + " is not an identifier");
        }
    }

    public static UUID require(UUID value, String field) {
        return Require.present(value, field);
    }
}
