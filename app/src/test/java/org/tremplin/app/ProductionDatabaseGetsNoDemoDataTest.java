package org.tremplin.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tremplin.application.port.out.ApiTokens;
import org.tremplin.application.port.out.Schools;
import org.tremplin.application.port.out.UserAccounts;

/**
 * A database named by configuration is someone's real data: the demo network never goes there,
 * nor the demo administrator and token, whose credentials are public.
 */
class ProductionDatabaseGetsNoDemoDataTest {

    @Test
    void no_demo_loader_exists_when_a_database_url_is_configured() {
        // The in-memory adapter stands in for the database: only the presence of a URL matters here.
        try (ApplicationContext context = ApplicationContext.run(Map.of("micronaut.server.port", -1,
                "tremplin.persistence", "memory", "tremplin.database.url", "jdbc:mysql://db.example.org/tremplin"), "test")) {
            assertThat(context.getBean(Schools.class).count()).isZero();
            assertThat(context.getBean(UserAccounts.class).count()).isZero();
            assertThat(context.getBean(ApiTokens.class).count()).isZero();
        }
        try (ApplicationContext context = ApplicationContext.run(Map.of("micronaut.server.port", -1,
                "tremplin.persistence", "memory"), "test")) {
            assertThat(context.getBean(Schools.class).count()).isEqualTo(20);
            assertThat(context.getBean(UserAccounts.class).count()).isEqualTo(1);
            assertThat(context.getBean(ApiTokens.class).count()).isEqualTo(1);
        }
    }
}
