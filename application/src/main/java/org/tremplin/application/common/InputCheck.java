package org.tremplin.application.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.tremplin.domain.error.FieldViolation;
import org.tremplin.domain.error.InvalidValueException;

/**
 * Reads every field of a command before giving up, so that the caller learns about all its
 * mistakes at once rather than one per attempt. The domain stays the judge of each value.
 */
public final class InputCheck {
    private final List<FieldViolation> violations = new ArrayList<>();

    /** The value {@code read} builds, or null after recording why it could not be built. */
    public <T> T field(Supplier<T> read) {
        try {
            return read.get();
        } catch (InvalidValueException e) {
            violations.addAll(e.violations());
            return null;
        }
    }

    /** Records a refusal found without asking the domain, such as a value the caller left out. */
    public void reject(FieldViolation violation) {
        violations.add(violation);
    }

    /** Throws one exception listing every violation recorded, if any. */
    public void complete() {
        if (!violations.isEmpty()) {
            throw new InvalidValueException(violations);
        }
    }
}
