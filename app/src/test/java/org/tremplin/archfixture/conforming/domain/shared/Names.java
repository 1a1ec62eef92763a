package org.tremplin.archfixture.conforming.domain.shared;

import org.tremplin.archfixture.conforming.domain.error.InvalidValueException;

public final class Names {
    private Names() {
    }

    public static String require(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException("a name cannot be blank");
        }
        return value.strip();
    }
}
