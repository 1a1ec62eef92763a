package org.tremplin.adapter.persistence.jdbc;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import javax.sql.DataSource;

/**
 * Publishes the pool as the "default" data source that Micronaut Data's repositories and
 * transactions use. Micronaut wraps it in a proxy, which is why the pool itself is closed by
 * {@link ConnectionPool}, not here.
 */
@Factory
class DataSourceFactory {

    @Singleton
    @Named("default")
    DataSource dataSource(ConnectionPool pool) {
        return pool.dataSource();
    }
}
