package org.tremplin.adapter.persistence.jdbc.support;

import java.util.Optional;
import java.util.UUID;

/** How values are written to columns: enums by their code, UUIDs as text, absent as NULL. */
public final class SqlValues {
    private SqlValues() {
    }

    public static Object of(Object value) {
        return switch (value) {
            case null -> null;
            case Optional<?> optional -> of(optional.orElse(null));
            case Enum<?> code -> code.name();
            case UUID id -> id.toString();
            default -> value;
        };
    }
}
