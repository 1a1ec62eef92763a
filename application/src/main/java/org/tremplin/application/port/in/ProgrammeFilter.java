package org.tremplin.application.port.in;

import org.tremplin.application.port.out.ChangeInstants;
import java.time.Instant;
import java.util.Optional;

/**
 * @param updatedSince only records created or changed at or after this instant (see {@link ChangeInstants})
 */
public record ProgrammeFilter(Optional<String> text, Optional<Instant> updatedSince) {
    public static ProgrammeFilter all() {
        return new ProgrammeFilter(Optional.empty(), Optional.empty());
    }
}
