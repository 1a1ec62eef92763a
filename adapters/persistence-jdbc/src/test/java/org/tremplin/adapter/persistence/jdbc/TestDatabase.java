package org.tremplin.adapter.persistence.jdbc;

import java.util.Map;

/**
 * Which server the adapter's tests run on. By default the embedded MariaDB, its files under target/, so that the tests pass on a machine with no server; with {@code -Dtremplin.test.database-url}
 * (CI points it at its MariaDB, for example {@code jdbc:mysql://127.0.0.1:3306/}) a real server, in
 * a schema of its own created for this run.
 */
final class TestDatabase {
    private TestDatabase() {
    }

    static Map<String, Object> properties() {
        String server = System.getProperty("tremplin.test.database-url", "");
        if (server.isBlank()) {
            return Map.of("datasources.default.dialect", "MYSQL",
                    // Under target/: a clean build starts afresh; the tests empty the tables anyway.
                    "tremplin.database.embedded-data-directory", "target/embedded-mariadb/data");
        }
        return Map.of("datasources.default.dialect", "MYSQL",
                "tremplin.database.url", server + SCHEMA + "?createDatabaseIfNotExist=true",
                "tremplin.database.username", System.getProperty("tremplin.test.database-user", "root"),
                "tremplin.database.password", System.getProperty("tremplin.test.database-password", ""));
    }

    /** The schema of this run on an external server; dropped when the run ends. */
    static final String SCHEMA = "tremplin_test_" + Long.toString(System.nanoTime(), 36);

    static boolean isEmbedded() {
        return System.getProperty("tremplin.test.database-url", "").isBlank();
    }
}
