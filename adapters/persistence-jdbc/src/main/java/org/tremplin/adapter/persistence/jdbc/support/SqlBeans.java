package org.tremplin.adapter.persistence.jdbc.support;

import io.micronaut.context.annotation.Factory;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

@Factory
class SqlBeans {
    @Singleton
    Sql sql(JdbcOperations jdbc) {
        return new Sql(jdbc);
    }
}
