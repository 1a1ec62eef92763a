package org.tremplin.application.port.out;

import java.util.Optional;

public record ProgrammeFilter(Optional<String> text) {
    public static ProgrammeFilter all() {
        return new ProgrammeFilter(Optional.empty());
    }
}
