package org.tremplin.adapter.persistence.jdbc.support;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

@Factory
@Requires(property = "tremplin.persistence", value = "jdbc")
class SqlBeans {
    @Singleton
    Sql sql(JdbcOperations jdbc) {
        return new Sql(jdbc);
    }
}
