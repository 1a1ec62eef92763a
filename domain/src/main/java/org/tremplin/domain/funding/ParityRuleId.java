package org.tremplin.domain.funding;

import java.util.UUID;
import org.tremplin.domain.shared.Identifiers;

/** Identifies a parity rule; assigned by the application, never by the database. */
public record ParityRuleId(UUID value) {
    public ParityRuleId {
        Identifiers.require(value, "parityRuleId");
    }

    public static ParityRuleId parse(String text) {
        return new ParityRuleId(Identifiers.parse(text, "parityRuleId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
