package org.tremplin.domain.access;

import java.util.UUID;
import org.tremplin.domain.shared.Identifiers;

/** Identifies an API token (not its secret); assigned by the application, never by the database. */
public record ApiTokenId(UUID value) {
    public ApiTokenId {
        Identifiers.require(value, "tokenId");
    }

    public static ApiTokenId parse(String text) {
        return new ApiTokenId(Identifiers.parse(text, "tokenId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
