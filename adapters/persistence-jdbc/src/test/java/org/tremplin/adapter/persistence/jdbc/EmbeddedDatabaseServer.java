package org.tremplin.adapter.persistence.jdbc;

import io.micronaut.context.annotation.Requires;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import org.tremplin.embedded.mariadb.EmbeddedMariaDb;
import org.tremplin.embedded.mariadb.EmbeddedMariaDbSettings;

/**
 * The adapter's tests run on an embedded MariaDB unless they are given a server's URL
 * ({@link TestDatabase}). The adapter itself does not know the embedded server (a production build
 * leaves it out): the application provides its own {@link DatabaseServer} for it, and these tests
 * this one, which also lets a test take the server away and bring it back.
 */
@Singleton
@Requires(property = "tremplin.persistence", value = "jdbc")
@Requires(missingProperty = "tremplin.database.url")
final class EmbeddedDatabaseServer implements DatabaseServer {
    private final EmbeddedMariaDb server;
    private final String database;

    EmbeddedDatabaseServer(DatabaseSettings settings) {
        this.server = EmbeddedMariaDb.start(EmbeddedMariaDbSettings.persistent(Path.of(settings.embeddedDataDirectory())));
        this.database = settings.embeddedDatabaseName();
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

    EmbeddedMariaDb server() {
        return server;
    }

    @PreDestroy
    void stop() {
        server.stop();
    }
}
