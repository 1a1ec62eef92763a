package org.tremplin.app.wiring.embedded;

import io.micronaut.context.annotation.Requires;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import org.tremplin.adapter.persistence.jdbc.DatabaseServer;
import org.tremplin.adapter.persistence.jdbc.DatabaseSettings;
import org.tremplin.embedded.mariadb.EmbeddedMariaDb;
import org.tremplin.embedded.mariadb.EmbeddedMariaDbSettings;

/**
 * The embedded default: with no database URL configured, a MariaDB runs inside the application's
 * process tree, its files in {@code tremplin.database.embedded-data-directory}, kept across restarts.
 * It is the same SQL as in production: a real MariaDB, not an emulation.
 *
 * <p>Wired here rather than in the JDBC adapter so that a production build leaves the server and
 * its native binaries out: this package is compiled only with the {@code embedded-database}
 * profile of the app module, on by default (see its pom).
 */
@Singleton
@Requires(property = "tremplin.persistence", value = "jdbc")
@Requires(missingProperty = "tremplin.database.url")
final class EmbeddedDatabaseServer implements DatabaseServer {
    private final EmbeddedMariaDb server;
    private final String database;

    EmbeddedDatabaseServer(DatabaseSettings settings) {
        this.server = EmbeddedMariaDb.start(settingsFor(settings));
        this.database = settings.embeddedDatabaseName();
    }

    private static EmbeddedMariaDbSettings settingsFor(DatabaseSettings settings) {
        try {
            return EmbeddedMariaDbSettings.persistent(Path.of(settings.embeddedDataDirectory()));
        } catch (IllegalArgumentException refused) {
            throw new IllegalStateException(refused.getMessage() + " Set TREMPLIN_DATABASE_EMBEDDED_DATA_DIRECTORY "
                    + "(tremplin.database.embedded-data-directory) to such a folder, or TREMPLIN_DATABASE_URL to a server.",
                    refused);
        }
    }

    @Override
    public String jdbcUrl() {
        return server.jdbcUrl(database);
    }

    @Override
    public String username() {
        return server.username();
    }

    @Override
    public String password() {
        return server.password();
    }

    @PreDestroy
    void stop() {
        server.stop();
    }
}
