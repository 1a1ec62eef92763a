package org.tremplin.domain.outcome;

import java.util.UUID;
import org.tremplin.domain.shared.Identifiers;

/** Identifies an employment outcome; assigned by the application, never by the database. */
public record OutcomeId(UUID value) {
    public OutcomeId {
        Identifiers.require(value, "outcomeId");
    }

    public static OutcomeId parse(String text) {
        return new OutcomeId(Identifiers.parse(text, "outcomeId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
