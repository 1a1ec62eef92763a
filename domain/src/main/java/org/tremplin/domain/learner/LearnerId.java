package org.tremplin.domain.learner;

import java.util.UUID;
import org.tremplin.domain.shared.Identifiers;

/** Identifies a learner; assigned by the application, never by the database. */
public record LearnerId(UUID value) {
    public LearnerId {
        Identifiers.require(value, "learnerId");
    }

    public static LearnerId parse(String text) {
        return new LearnerId(Identifiers.parse(text, "learnerId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
