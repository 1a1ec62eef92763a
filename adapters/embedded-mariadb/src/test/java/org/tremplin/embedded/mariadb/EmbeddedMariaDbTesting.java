package org.tremplin.embedded.mariadb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;

/** Folders under target/ and plain-JDBC helpers for the embedded server's tests. */
final class EmbeddedMariaDbTesting {
    /** Wiped by a clean build. */
    static final Path ROOT = Path.of("target", "embedded-mariadb-tests").toAbsolutePath();
    /** One copy of the binaries for all these test classes: they are unpacked once per clean build. */
    static final Path SHARED_BASE = ROOT.resolve("mariadb-base");
    static final String DATABASE = "embedded_test";

    private EmbeddedMariaDbTesting() {
    }

    static EmbeddedMariaDbSettings persistentSettings(String name) {
        return new EmbeddedMariaDbSettings(SHARED_BASE, ROOT.resolve(name), 0, false);
    }

    static EmbeddedMariaDbSettings throwawaySettings(String name) {
        return new EmbeddedMariaDbSettings(SHARED_BASE, ROOT.resolve(name), 0, true);
    }

    static Connection connect(EmbeddedMariaDb server) throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl(DATABASE), server.username(), server.password());
    }

    static void execute(EmbeddedMariaDb server, String... statements) throws SQLException {
        try (Connection connection = connect(server); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    /** The first column of the first row, or null when there is no row. */
    static String queryString(EmbeddedMariaDb server, String sql) throws SQLException {
        try (Connection connection = connect(server)) {
            return queryString(connection, sql);
        }
    }

    static String queryString(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : null;
        }
    }

    static void deleteRecursively(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path each : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(each);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
