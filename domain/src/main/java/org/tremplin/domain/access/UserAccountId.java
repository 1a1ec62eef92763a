package org.tremplin.domain.access;

import java.util.UUID;
import org.tremplin.domain.shared.Identifiers;

/** Identifies a console account; assigned by the application, never by the database. */
public record UserAccountId(UUID value) {
    public UserAccountId {
        Identifiers.require(value, "accountId");
    }

    public static UserAccountId parse(String text) {
        return new UserAccountId(Identifiers.parse(text, "accountId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
