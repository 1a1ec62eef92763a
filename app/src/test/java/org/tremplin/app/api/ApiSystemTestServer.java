package org.tremplin.app.api;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.tremplin.app.wiring.ThreadLocalCurrentActor;
import org.tremplin.domain.identity.Actor;

/**
 * One running application for the API tests, on the real HTTP server and the JDBC adapter,
 * started once per test JVM: each test class makes data of its own, with names that do not
 * collide, instead of restarting the server. The database is the embedded MariaDB, or with
 * {@code -Dtremplin.test.database-url=jdbc:mysql://host:3306/} a schema of its own on that server,
 * dropped when the tests end (CI runs the API tests once more on its MariaDB server that way).
 */
final class ApiSystemTestServer {
    private static final String SERVER = System.getProperty("tremplin.test.database-url", "");
    private static final String SCHEMA = "tremplin_api_" + Long.toString(System.nanoTime(), 36);
    private static EmbeddedServer server;

    private static Map<String, Object> configuration() {
        Map<String, Object> configuration = new HashMap<>(Map.of(
                "micronaut.server.port", -1,
                "tremplin.persistence", "jdbc",
                "tremplin.demo-data.enabled", false,
                "tremplin.database.embedded-data-directory", "target/api-test-mariadb/data"));
        if (!SERVER.isBlank()) {
            configuration.put("tremplin.database.url", SERVER + SCHEMA + "?createDatabaseIfNotExist=true");
            configuration.put("tremplin.database.username", "root");
            configuration.put("tremplin.database.password", "");
        }
        return configuration;
    }

    private static void dropSchema() {
        if (SERVER.isBlank()) {
            return;
        }
        try (Connection connection = DriverManager.getConnection(SERVER, "root", "");
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + SCHEMA);
        } catch (SQLException e) {
            System.err.println("Could not drop the test schema " + SCHEMA + ": " + e.getMessage());
        }
    }

    private ApiSystemTestServer() {
    }

    static synchronized EmbeddedServer server() {
        if (server == null) {
            ApplicationContext context = ApplicationContext.run(configuration(), "test");
            server = context.getBean(EmbeddedServer.class).start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                context.close();
                dropSchema();
            }));
        }
        return server;
    }

    static URI uri(String path) {
        return server().getURI().resolve(path);
    }

    static ApplicationContext context() {
        return server().getApplicationContext();
    }

    /** Arranges data through the use cases, as the system, the way a test's "given" should. */
    static <T> T asSystem(Supplier<T> work) {
        return context().getBean(ThreadLocalCurrentActor.class).runAs(Actor.system(), work);
    }

    static <T> T bean(Class<T> type) {
        return context().getBean(type);
    }
}
