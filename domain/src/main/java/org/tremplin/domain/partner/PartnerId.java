package org.tremplin.domain.partner;

import java.util.UUID;
import org.tremplin.domain.shared.Identifiers;

/** Identifies a partner; assigned by the application, never by the database. */
public record PartnerId(UUID value) {
    public PartnerId {
        Identifiers.require(value, "partnerId");
    }

    public static PartnerId parse(String text) {
        return new PartnerId(Identifiers.parse(text, "partnerId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
