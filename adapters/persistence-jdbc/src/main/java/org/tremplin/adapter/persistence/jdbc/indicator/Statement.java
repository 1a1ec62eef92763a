package org.tremplin.adapter.persistence.jdbc.indicator;

import java.util.ArrayList;
import java.util.List;
import org.tremplin.adapter.persistence.jdbc.support.Sql;
import org.tremplin.adapter.persistence.jdbc.support.SqlValues;

/** A statement written in pieces, its bound values kept in the order of their placeholders. */
final class Statement {
    private final StringBuilder text = new StringBuilder();
    private final List<Object> parameters = new ArrayList<>();

    Statement sql(String part) {
        text.append(part);
        return this;
    }

    /** The condition in parentheses, so that an OR inside it never leaks into the clause around it. */
    Statement where(Condition condition) {
        text.append('(').append(condition.sql()).append(')');
        parameters.addAll(condition.parameters());
        return this;
    }

    Statement value(Object value) {
        text.append('?');
        parameters.add(SqlValues.of(value));
        return this;
    }

    <T> List<T> query(Sql sql, Sql.RowReader<T> reader) {
        return sql.query(text.toString(), parameters, reader);
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
