package org.tremplin.embedded.mariadb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tremplin.embedded.mariadb.EmbeddedMariaDbTesting.DATABASE;
import static org.tremplin.embedded.mariadb.EmbeddedMariaDbTesting.connect;
import static org.tremplin.embedded.mariadb.EmbeddedMariaDbTesting.deleteRecursively;
import static org.tremplin.embedded.mariadb.EmbeddedMariaDbTesting.execute;
import static org.tremplin.embedded.mariadb.EmbeddedMariaDbTesting.persistentSettings;
import static org.tremplin.embedded.mariadb.EmbeddedMariaDbTesting.queryString;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One server with persistent data for the whole class (the first start unpacks the binaries and
 * creates the system schema: a few seconds; the later ones take a fraction of a second). The data
 * directory is under target/, emptied before the class runs.
 */
class EmbeddedMariaDbTest {
    private static final EmbeddedMariaDbSettings SETTINGS = persistentSettings("persistent-data");

    private static EmbeddedMariaDb server;

    @BeforeAll
    static void startServer() {
        deleteRecursively(SETTINGS.dataDirectory());
        server = EmbeddedMariaDb.start(SETTINGS);
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void is_a_real_mariadb() throws SQLException {
        assertThat(server.isRunning()).isTrue();
        assertThat(queryString(server, "SELECT VERSION()")).startsWith("11.4.").contains("MariaDB");
    }

    @Test
    void creates_a_table_and_inserts_a_row_over_plain_jdbc() throws SQLException {
        execute(server,
                "CREATE TABLE plain_jdbc (id BIGINT PRIMARY KEY, label VARCHAR(40) NOT NULL)",
                "INSERT INTO plain_jdbc (id, label) VALUES (1, 'école')");

        assertThat(queryString(server, "SELECT label FROM plain_jdbc WHERE id = 1")).isEqualTo("école");
    }

    @Test
    void speaks_utf8mb4_with_the_unicode_collation_everywhere() throws SQLException {
        execute(server,
                "CREATE TABLE collation_default (name VARCHAR(40))",
                "CREATE TABLE collation_charset_only (name VARCHAR(40)) DEFAULT CHARSET=utf8mb4",
                "INSERT INTO collation_default VALUES ('Émilie 👩‍🎓')");

        try (Connection connection = connect(server)) {
            assertThat(queryString(connection, "SELECT @@character_set_server")).isEqualTo("utf8mb4");
            assertThat(queryString(connection, "SELECT @@collation_server")).isEqualTo("utf8mb4_unicode_ci");
            assertThat(queryString(connection, "SELECT @@collation_connection")).isEqualTo("utf8mb4_unicode_ci");
            assertThat(queryString(connection, "SELECT DEFAULT_COLLATION_NAME FROM information_schema.SCHEMATA"
                    + " WHERE SCHEMA_NAME = '" + DATABASE + "'")).isEqualTo("utf8mb4_unicode_ci");
            assertThat(queryString(connection, "SELECT GROUP_CONCAT(DISTINCT TABLE_COLLATION) FROM information_schema.TABLES"
                    + " WHERE TABLE_SCHEMA = '" + DATABASE + "' AND TABLE_NAME LIKE 'collation\\_%'"))
                    .isEqualTo("utf8mb4_unicode_ci");
            assertThat(queryString(connection, "SELECT name FROM collation_default WHERE name = 'emilie 👩‍🎓'"))
                    .as("case- and accent-insensitive, four-byte characters kept")
                    .isEqualTo("Émilie 👩‍🎓");
        }
    }

    @Test
    void listens_on_the_loopback_interface_only_without_tls() throws SQLException {
        assertThat(server.jdbcUrl(DATABASE)).startsWith("jdbc:mysql://127.0.0.1:" + server.port() + "/" + DATABASE + "?");
        assertThat(queryString(server, "SELECT @@bind_address")).isEqualTo("127.0.0.1");
        assertThat(queryString(server, "SELECT @@port")).isEqualTo(Integer.toString(server.port()));
        assertThat(queryString(server, "SELECT @@have_ssl")).isEqualTo("DISABLED");
    }

    @Test
    void restart_keeps_the_port_and_the_data_and_drops_open_connections() throws SQLException {
        execute(server,
                "CREATE TABLE survives_restart (id INT PRIMARY KEY)",
                "INSERT INTO survives_restart VALUES (42)");
        int port = server.port();

        try (Connection before = connect(server)) {
            server.restart();

            assertThatThrownBy(() -> queryString(before, "SELECT 1")).isInstanceOf(SQLException.class);
        }
        assertThat(server.isRunning()).isTrue();
        assertThat(server.port()).isEqualTo(port);
        assertThat(queryString(server, "SELECT id FROM survives_restart")).isEqualTo("42");
    }

    @Test
    void a_new_server_on_the_same_data_directory_finds_the_data_again() throws SQLException {
        execute(server,
                "CREATE TABLE survives_stop (label VARCHAR(20))",
                "INSERT INTO survives_stop VALUES ('still here')");

        server.stop();
        assertThat(server.isRunning()).isFalse();
        assertThat(SETTINGS.dataDirectory().resolve("mysql")).isDirectory();
        server = EmbeddedMariaDb.start(SETTINGS);

        assertThat(queryString(server, "SELECT label FROM survives_stop")).isEqualTo("still here");
    }

    @Test
    void a_second_server_on_data_in_use_is_refused_at_once() {
        long startNanos = System.nanoTime();

        assertThatThrownBy(() -> EmbeddedMariaDb.start(SETTINGS))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("in use by another embedded MariaDB");

        assertThat(Duration.ofNanos(System.nanoTime() - startNanos)).isLessThan(Duration.ofSeconds(5));
        assertThat(server.isRunning()).isTrue();
    }

    @Test
    void refuses_a_database_name_that_is_not_a_plain_identifier() {
        assertThatThrownBy(() -> server.jdbcUrl("app?allowLoadLocalInfile=true"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> server.jdbcUrl("")).isInstanceOf(IllegalArgumentException.class);
    }
}
