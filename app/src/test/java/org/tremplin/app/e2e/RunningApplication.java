package org.tremplin.app.e2e;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.Micronaut;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.tremplin.ui.server.ConsoleServer;

/**
 * The whole application as {@code ./mvnw -Prun} starts it (application.yml, not the test
 * configuration): the API, the console, the embedded MariaDB and the demo network with its demo
 * administrator. Only the ports (free ones) and the database's folder (under target/, emptied
 * first, so the demo network is loaded afresh) differ.
 */
final class RunningApplication implements AutoCloseable {
    private static final Path DATABASE = Path.of("target", "e2e-mariadb").toAbsolutePath();

    private final ApplicationContext context;

    private RunningApplication(ApplicationContext context) {
        this.context = context;
    }

    static RunningApplication start() {
        deleteRecursively(DATABASE);
        ApplicationContext context = Micronaut.build(new String[0])
                .deduceEnvironment(false)
                .properties(Map.of(
                        "micronaut.server.port", -1,
                        "tremplin.persistence", "jdbc",
                        "tremplin.database.embedded-data-directory", DATABASE.resolve("data").toString(),
                        "tremplin.demo-data.enabled", true,
                        "tremplin.console.enabled", true,
                        "tremplin.console.port", 0))
                .start();
        return new RunningApplication(context);
    }

    /** The console's address, ending with a slash. */
    String consoleUrl() {
        return "http://localhost:" + context.getBean(ConsoleServer.class).port() + "/";
    }

    /** The API's address, ending with a slash. */
    String apiUrl() {
        return context.getBean(EmbeddedServer.class).getURL() + "/";
    }

    /** Reads the API's JSON answers as the application writes them. */
    JsonMapper jsonMapper() {
        return context.getBean(JsonMapper.class);
    }

    @Override
    public void close() {
        context.close();
    }

    private static void deleteRecursively(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not empty " + folder, e);
        }
    }
}
