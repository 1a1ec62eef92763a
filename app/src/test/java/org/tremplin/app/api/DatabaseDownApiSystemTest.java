package org.tremplin.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tremplin.embedded.mariadb.EmbeddedMariaDb;
import org.tremplin.embedded.mariadb.EmbeddedMariaDbSettings;
import org.tremplin.app.wiring.ThreadLocalCurrentActor;
import org.tremplin.domain.identity.Actor;
import org.tremplin.domain.identity.Permission;
import org.tremplin.application.access.TokenAdministration;

/**
 * When the database stops answering, the API says so with a 503 problem document (never a 500
 * nor a stack trace), and works again by itself once the database is back.
 */
class DatabaseDownApiSystemTest {

    @Test
    void a_database_outage_is_a_503_and_the_api_recovers_without_a_restart() throws Exception {
        EmbeddedMariaDb database = EmbeddedMariaDb.start(EmbeddedMariaDbSettings.persistent(
                Path.of("target", "database-down-test", "data")));
        Map<String, Object> configuration = Map.of(
                "micronaut.server.port", -1,
                "tremplin.persistence", "jdbc",
                "tremplin.database.url", database.jdbcUrl("tremplin_down"),
                "tremplin.database.username", database.username(),
                "tremplin.database.password", database.password());
        try (ApplicationContext context = ApplicationContext.run(configuration, "test")) {
            EmbeddedServer server = context.getBean(EmbeddedServer.class).start();
            String token = context.getBean(ThreadLocalCurrentActor.class).runAs(Actor.system(), () ->
                    context.getBean(TokenAdministration.class).issueToken("outage", EnumSet.of(Permission.READ_NETWORK),
                            Optional.empty(), Instant.now().plus(Duration.ofDays(1)))).secret();
            URI schools = server.getURI().resolve("/api/v1/schools");
            assertThat(get(schools, token).statusCode()).isEqualTo(200);

            database.stop();
            HttpResponse<String> down = get(schools, token);

            assertThat(down.statusCode()).isEqualTo(503);
            assertThat(down.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith("application/problem+json"));
            assertThat(down.body()).contains("service.unavailable").doesNotContain("Exception").doesNotContain("\tat ");

            database.restart();
            assertThat(get(schools, token).statusCode()).isEqualTo(200);
        } finally {
            database.close();
        }
    }

    private static HttpResponse<String> get(URI uri, String token) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token)
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
