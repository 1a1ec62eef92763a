package org.tremplin.adapter.persistence.jdbc.support;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.regex.Pattern;
import org.tremplin.application.common.PageRequest;
import org.tremplin.domain.school.SchoolId;

/**
 * A list query built from the filters a caller gave: conditions joined by AND, an order that
 * always ends on the id (so pages never skip nor repeat a row), and a page. Column names come from
 * the adapter's code only; every value is bound.
 */
public final class SqlListQuery {
    private static final Pattern CAPITALS = Pattern.compile("[A-Z]+");
    private final String from;
    private final String idColumn;
    private final List<String> joins = new ArrayList<>();
    private final List<String> conditions = new ArrayList<>();
    private final List<Object> parameters = new ArrayList<>();
    private final List<String> order = new ArrayList<>();

    /**
     * @param from the main table and its alias, for example {@code "school s"}
     * @param idColumn the qualified id column, for example {@code "s.id"}
     */
    public SqlListQuery(String from, String idColumn) {
        this.from = from;
        this.idColumn = idColumn;
    }

    public SqlListQuery join(String clause) {
        joins.add(clause);
        return this;
    }

    public SqlListQuery where(String condition, Object... values) {
        conditions.add(condition);
        parameters.addAll(List.of(values));
        return this;
    }

    public SqlListQuery whereEquals(String column, Optional<?> value) {
        return value.isPresent() ? where(column + " = ?", SqlValues.of(value.get())) : this;
    }

    /** Only rows whose column is one of the values; an empty collection lets no row through. */
    public SqlListQuery whereIn(String column, Optional<? extends Collection<?>> values) {
        if (values.isEmpty()) {
            return this;
        }
        if (values.get().isEmpty()) {
            return where("1 = 0");
        }
        var marks = new StringJoiner(", ", column + " IN (", ")");
        values.get().forEach(value -> {
            marks.add("?");
            parameters.add(SqlValues.of(value));
        });
        conditions.add(marks.toString());
        return this;
    }

    /** Only rows of one of the schools, when the caller limits the schools. */
    public SqlListQuery whereSchoolIn(String column, Optional<? extends Collection<SchoolId>> schools) {
        return whereIn(column, schools.map(ids -> ids.stream().map(SchoolId::value).toList()));
    }

    /**
     * Like {@link #whereSchoolIn(String, Optional)} for the school column of another table, joined by
     * {@code join} only when the caller limits the schools.
     */
    public SqlListQuery whereSchoolIn(String join, String column, Optional<? extends Collection<SchoolId>> schools) {
        if (schools.isPresent()) {
            join(join);
        }
        return whereSchoolIn(column, schools);
    }

    public SqlListQuery whereBetween(String column, Optional<LocalDate> from, Optional<LocalDate> to) {
        from.ifPresent(date -> where(column + " >= ?", date));
        to.ifPresent(date -> where(column + " <= ?", date));
        return this;
    }

    /** Only rows whose {@code updated_at} column is at or after the instant, when there is one. */
    public SqlListQuery whereUpdatedSince(String column, Optional<Instant> since) {
        return since.isPresent() ? where(column + " >= ?", UtcDateTimes.lowerBound(since.get())) : this;
    }

    /** Any of the columns contains the text; the columns' collation ignores case and accents. */
    public SqlListQuery whereText(Optional<String> text, String... columns) {
        if (text.isEmpty() || text.get().isBlank()) {
            return this;
        }
        String pattern = "%" + escapeLike(text.get().strip()) + "%";
        var any = new StringJoiner(" OR ", "(", ")");
        for (String column : columns) {
            any.add(column + " LIKE ? ESCAPE '!'");
            parameters.add(pattern);
        }
        conditions.add(any.toString());
        return this;
    }

    public SqlListQuery orderBy(String expression, boolean ascending) {
        order.add(expression + (ascending ? " ASC" : " DESC"));
        return this;
    }

    /** Orders by an enum code exactly as Java compares the codes: byte by byte. */
    public SqlListQuery orderByCode(String column, boolean ascending) {
        return orderBy(column + " COLLATE utf8mb4_bin", ascending);
    }

    /**
     * Orders by a code of {@code codes} as Java compares them. Codes made of capital letters only
     * sort alike in the column's collation and byte by byte, so the column is ordered as it is and an
     * index can give the order (a COLLATE clause would make the server sort every row).
     */
    public SqlListQuery orderByCode(String column, Class<? extends Enum<?>> codes, boolean ascending) {
        boolean lettersOnly = Arrays.stream(codes.getEnumConstants())
                .allMatch(code -> CAPITALS.matcher(code.name()).matches());
        return lettersOnly ? orderBy(column, ascending) : orderByCode(column, ascending);
    }

    /** The ids of one page, in order, and how many rows match in all. */
    public PageOfIds page(Sql sql, PageRequest request) {
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        String tables = from + (joins.isEmpty() ? "" : " " + String.join(" ", joins));
        long total = sql.count("SELECT COUNT(*) FROM " + tables + where, parameters);
        List<String> orderBy = new ArrayList<>(order);
        orderBy.add(idColumn + " ASC");
        List<Object> pageParameters = new ArrayList<>(parameters);
        pageParameters.add(request.size());
        pageParameters.add(request.offset());
        List<String> ids = sql.query("SELECT " + idColumn + " FROM " + tables + where + " ORDER BY "
                + String.join(", ", orderBy) + " LIMIT ? OFFSET ?", pageParameters, row -> row.getString(1));
        return new PageOfIds(ids, total);
    }

    private static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    /** One page of ids in the order asked for. */
    public record PageOfIds(List<String> ids, long total) {
    }
}
