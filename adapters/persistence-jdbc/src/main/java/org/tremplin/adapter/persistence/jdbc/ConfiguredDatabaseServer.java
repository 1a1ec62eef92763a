package org.tremplin.adapter.persistence.jdbc;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

/** A server named by configuration (production: URL, user and password from the environment). */
@Singleton
@Requires(property = "tremplin.database.url")
final class ConfiguredDatabaseServer implements DatabaseServer {
    private final DatabaseSettings settings;

    ConfiguredDatabaseServer(DatabaseSettings settings) {
        this.settings = settings;
    }

    @Override
    public String jdbcUrl() {
        return settings.url();
    }

    @Override
    public String username() {
        return settings.username() == null ? "" : settings.username();
    }

    @Override
    public String password() {
        return settings.password() == null ? "" : settings.password();
    }
}
