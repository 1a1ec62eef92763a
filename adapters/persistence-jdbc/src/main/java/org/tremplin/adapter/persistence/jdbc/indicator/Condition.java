package org.tremplin.adapter.persistence.jdbc.indicator;

import java.util.Arrays;
import java.util.List;
import org.tremplin.adapter.persistence.jdbc.support.SqlValues;

/**
 * A condition of a WHERE or ON clause, with the values bound to its placeholders in the order they
 * appear. The text comes from this package's code only; every value is bound.
 */
record Condition(String sql, List<Object> parameters) {
    static final Condition ALWAYS = new Condition("1 = 1", List.of());

    Condition {
        parameters = List.copyOf(parameters);
    }

    /** {@code values} are written as the columns hold them: enums by their code, identifiers as text. */
    static Condition of(String sql, Object... values) {
        return new Condition(sql, Arrays.stream(values).map(SqlValues::of).toList());
    }
}
