package org.tremplin.adapter.persistence.jdbc;

import java.util.Map;

/**
 * Which server the adapter's tests run on: the one named by {@code tremplin.test.database-url}
 * (CI points it at its MariaDB), in a schema of its own created for this run.
 */
final class TestDatabase {
    private TestDatabase() {
    }

    static Map<String, Object> properties() {
        String server = System.getProperty("tremplin.test.database-url", "jdbc:mysql://127.0.0.1:3306/");
        String schema = "tremplin_test_" + Long.toString(System.nanoTime(), 36);
        return Map.of("datasources.default.dialect", "MYSQL",
                "tremplin.database.url", server + schema + "?createDatabaseIfNotExist=true&rewriteBatchedStatements=true",
                "tremplin.database.username", System.getProperty("tremplin.test.database-user", "root"),
                "tremplin.database.password", System.getProperty("tremplin.test.database-password", ""));
    }
}
