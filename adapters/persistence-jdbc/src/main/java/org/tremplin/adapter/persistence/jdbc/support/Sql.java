package org.tremplin.adapter.persistence.jdbc.support;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Gatherers;

/**
 * Plain SQL on the connection of the current transaction, for what repositories cannot say: locks,
 * dynamic lists, child rows, aggregates. Values are always bound, never concatenated.
 */
public final class Sql {
    /** Values per IN list: well under any server's limit on placeholders in one statement. */
    public static final int IN_LIST_SIZE = 1_000;
    private final JdbcOperations jdbc;

    public Sql(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Reads one row at a time. */
    @FunctionalInterface
    public interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    public <T> List<T> query(String statement, List<?> parameters, RowReader<T> reader) {
        return jdbc.prepareStatement(statement, prepared -> {
            bind(prepared, parameters);
            try (ResultSet rows = prepared.executeQuery()) {
                List<T> result = new ArrayList<>();
                while (rows.next()) {
                    result.add(reader.read(rows));
                }
                return result;
            }
        });
    }

    public long count(String statement, List<?> parameters) {
        return query(statement, parameters, row -> row.getLong(1)).getFirst();
    }

    public int update(String statement, List<?> parameters) {
        return jdbc.prepareStatement(statement, prepared -> {
            bind(prepared, parameters);
            return prepared.executeUpdate();
        });
    }

    /** Runs one statement for many rows in a single round trip (with rewriteBatchedStatements). */
    public void batch(String statement, List<? extends List<?>> rows) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.prepareStatement(statement, prepared -> {
            for (List<?> row : rows) {
                bind(prepared, row);
                prepared.addBatch();
            }
            return prepared.executeBatch();
        });
    }

    /** The stored version of a row, locked until the transaction ends so that no one changes it meanwhile. */
    public Optional<Long> lockVersion(String table, String id) {
        return query("SELECT version FROM " + table + " WHERE id = ? FOR UPDATE", List.of(id), row -> row.getLong(1))
                .stream().findFirst();
    }

    /**
     * Locks these rows of {@code table} until the transaction ends, in identifier order (so that two
     * writers locking overlapping sets never wait for each other in a circle), a thousand at a time.
     */
    public void lockRows(String table, Collection<String> ids) {
        List<String> sorted = ids.stream().distinct().sorted().toList();
        for (List<String> chunk : chunks(sorted, IN_LIST_SIZE)) {
            query("SELECT id FROM " + table + " WHERE id IN (" + marks(chunk.size()) + ") ORDER BY id FOR UPDATE", chunk,
                    row -> row.getString(1));
        }
    }

    /** The values in order, in lists of {@code size} (the last one shorter), for one statement each. */
    public static <T> List<List<T>> chunks(List<T> values, int size) {
        return values.stream().gather(Gatherers.windowFixed(size)).toList();
    }

    /** "?, ?, ?": as many placeholders as values, for an IN list. */
    public static String marks(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    public static LocalDate date(ResultSet row, String column) throws SQLException {
        return row.getObject(column, LocalDate.class);
    }

    private static void bind(PreparedStatement statement, List<?> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, SqlValues.of(parameters.get(i)));
        }
    }
}
