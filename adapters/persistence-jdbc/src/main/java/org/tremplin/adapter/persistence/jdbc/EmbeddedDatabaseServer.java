package org.tremplin.adapter.persistence.jdbc;

import io.micronaut.context.annotation.Requires;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import org.tremplin.adapter.persistence.jdbc.embedded.EmbeddedMariaDb;
import org.tremplin.adapter.persistence.jdbc.embedded.EmbeddedMariaDbSettings;

/**
 * The embedded default: with no database URL configured, a MariaDB runs inside the application's
 * process tree, its files in {@code tremplin.database.embedded-data-directory}, kept across restarts
 * It is the same SQL as in production: a real MariaDB, not an emulation.
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

    /** The server itself, for tests that take it away and bring it back. */
    EmbeddedMariaDb server() {
        return server;
    }

    @PreDestroy
    void stop() {
        server.stop();
    }
}
