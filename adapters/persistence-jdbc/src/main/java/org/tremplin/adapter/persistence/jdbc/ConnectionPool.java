package org.tremplin.adapter.persistence.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The connection pool, over a schema brought up to date by Flyway at start-up. Connections are
 * checked before use, so that after the database went away and came back the pool hands out
 * working connections again by itself; a request that finds no connection within
 * {@code connectionTimeoutMillis} fails fast with "unavailable".
 */
@Singleton
final class ConnectionPool {
    private final HikariDataSource pool;

    ConnectionPool(DatabaseSettings settings, DatabaseServer server) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("tremplin");
        config.setJdbcUrl(server.jdbcUrl());
        config.setUsername(server.username());
        config.setPassword(server.password());
        config.setMaximumPoolSize(settings.maximumPoolSize());
        config.setConnectionTimeout(settings.connectionTimeoutMillis());
        config.setValidationTimeout(Math.min(1000, settings.connectionTimeoutMillis()));
        config.setAutoCommit(true);
        // Each statement sees what others committed: the summaries a write rework (ADR 0013) are read
        // after the rows they depend on are locked, and must see their latest state, not a snapshot
        // taken before the lock was granted.
        config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        // Bulk saves become multi-row INSERTs: one round trip per batch instead of one per row.
        config.addDataSourceProperty("rewriteBatchedStatements", "true");
        config.addDataSourceProperty("characterEncoding", "UTF-8");
        this.pool = new HikariDataSource(config);
        migrate();
    }

    DataSource dataSource() {
        return pool;
    }

    @PreDestroy
    void close() {
        pool.close();
    }

    /** Brings the schema up to date before anything uses it; the migrations are in db/migration. */
    private void migrate() {
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").failOnMissingLocations(true)
                    .load().migrate();
        } catch (RuntimeException failure) {
            pool.close();
            throw failure;
        }
    }
}
