package org.tremplin.adapter.persistence.jdbc;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * Where the database is. Without a URL, the application runs an embedded MariaDB whose files live
 * in {@code embeddedDataDirectory}, so that a fresh machine needs no server installed.
 *
 * @param url a {@code jdbc:mysql://} URL of a MySQL 8 or MariaDB 10.11+ server, from the environment in production
 */
@ConfigurationProperties("tremplin.database")
public record DatabaseSettings(
        @Nullable String url,
        @Nullable String username,
        @Nullable String password,
        @Bindable(defaultValue = "10") int maximumPoolSize,
        @Bindable(defaultValue = "3000") long connectionTimeoutMillis,
        @Bindable(defaultValue = "data/mariadb") String embeddedDataDirectory,
        @Bindable(defaultValue = "tremplin") String embeddedDatabaseName) {

    public boolean isEmbedded() {
        return url == null || url.isBlank();
    }
}
