package org.tremplin.app.demo;

import io.micronaut.context.ApplicationContext;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * The schema of a MariaDB server that the scale benchmarks fill and read, and their command-line
 * options: one way to open the application on it, shared by every benchmark.
 */
final class BenchmarkSchema {
    static final String DEFAULT_URL = "jdbc:mysql://127.0.0.1:3306/tremplin_scale";

    private BenchmarkSchema() {
    }

    /**
     * The application over the schema at {@code url} (user root without password), without the console
     * nor demo data; {@code recreate} drops and creates the schema first.
     */
    static ApplicationContext open(String url, boolean recreate) throws SQLException {
        if (recreate) {
            execute(url, "DROP DATABASE IF EXISTS " + schema(url));
            execute(url, "CREATE DATABASE " + schema(url) + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        return ApplicationContext.run(Map.of("micronaut.server.port", -1, "tremplin.persistence", "jdbc",
                "tremplin.demo-data.enabled", false, "tremplin.console.enabled", false,
                "datasources.default.dialect", "MYSQL", "tremplin.database.url", url,
                "tremplin.database.username", "root", "tremplin.database.password", ""));
    }

    static void drop(String url) throws SQLException {
        execute(url, "DROP DATABASE IF EXISTS " + schema(url));
    }

    /** The value after {@code name} among the options, or {@code fallback}. */
    static String option(List<String> options, String name, String fallback) {
        int at = options.indexOf(name);
        return at >= 0 && at + 1 < options.size() ? options.get(at + 1) : fallback;
    }

    private static String schema(String url) {
        return url.substring(url.lastIndexOf('/') + 1);
    }

    private static void execute(String url, String statement) throws SQLException {
        String server = url.substring(0, url.lastIndexOf('/') + 1);
        try (Connection connection = DriverManager.getConnection(server, "root", "");
             var sql = connection.createStatement()) {
            sql.execute(statement);
        }
    }
}
