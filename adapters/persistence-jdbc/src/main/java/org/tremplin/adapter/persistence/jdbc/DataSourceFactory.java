package org.tremplin.adapter.persistence.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

/**
 * The connection pool, over a schema brought up to date by Flyway at start-up. Connections are
 * checked before use, so that after the database went away and came back the pool hands out
 * working connections again by itself; a request that finds no connection within
 * {@code connectionTimeoutMillis} fails fast with "unavailable".
 */
@Factory
@Requires(property = "tremplin.persistence", value = "jdbc")
class DataSourceFactory {

    @Singleton
    @Named("default")
    @Bean(preDestroy = "close")
    HikariDataSource dataSource(DatabaseSettings settings, DatabaseServer server) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("tremplin");
        config.setJdbcUrl(server.jdbcUrl());
        config.setUsername(server.username());
        config.setPassword(server.password());
        config.setMaximumPoolSize(settings.maximumPoolSize());
        config.setConnectionTimeout(settings.connectionTimeoutMillis());
        config.setValidationTimeout(Math.min(1000, settings.connectionTimeoutMillis()));
        config.setAutoCommit(true);
        HikariDataSource pool = new HikariDataSource(config);
        migrate(pool);
        return pool;
    }

    /** Brings the schema up to date before anything uses it; the migrations are in db/migration. */
    private static void migrate(HikariDataSource pool) {
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").failOnMissingLocations(true)
                    .load().migrate();
        } catch (RuntimeException failure) {
            pool.close();
            throw failure;
        }
    }
}
