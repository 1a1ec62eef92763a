package org.tremplin.app.api;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.util.Map;
import java.util.function.Supplier;
import org.tremplin.app.wiring.ThreadLocalCurrentActor;
import org.tremplin.application.access.Actor;

/**
 * One running application for the API tests, on the real HTTP server and the embedded MariaDB
 * (the JDBC adapter), started once per test JVM: each test class makes data of its own, with
 * names that do not collide, instead of restarting the server.
 */
final class ApiTestServer {
    private static final Map<String, Object> CONFIGURATION = Map.of(
            "micronaut.server.port", -1,
            "tremplin.persistence", "jdbc",
            "tremplin.demo-data.enabled", false,
            "tremplin.database.embedded-data-directory", "target/api-test-mariadb/data");
    private static EmbeddedServer server;

    private ApiTestServer() {
    }

    static synchronized EmbeddedServer server() {
        if (server == null) {
            ApplicationContext context = ApplicationContext.run(CONFIGURATION, "test");
            server = context.getBean(EmbeddedServer.class).start();
            Runtime.getRuntime().addShutdownHook(new Thread(context::close));
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
