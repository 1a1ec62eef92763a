package org.tremplin.adapter.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tremplin.adapter.persistence.jdbc.indicator.JdbcIndicatorQueries;
import org.tremplin.adapter.persistence.jdbc.school.JdbcSchools;
import org.tremplin.adapter.persistence.jdbc.support.Sql;
import org.tremplin.adapter.persistence.jdbc.support.UnitOfWork;

/** One condition, on the package, switches the whole adapter, its sub-packages included. */
class JdbcAdapterConditionTest {

    @Test
    void no_bean_of_the_adapter_exists_unless_the_configuration_chooses_it() {
        for (Map<String, Object> properties : java.util.List.<Map<String, Object>>of(Map.of(),
                Map.of("tremplin.persistence", "memory"))) {
            try (ApplicationContext context = ApplicationContext.run(properties)) {
                assertThat(context.containsBean(JdbcTransactions.class)).as(properties.toString()).isFalse();
                assertThat(context.containsBean(UnitOfWork.class)).as(properties.toString()).isFalse();
                assertThat(context.containsBean(Sql.class)).as(properties.toString()).isFalse();
                assertThat(context.containsBean(JdbcSchools.class)).as(properties.toString()).isFalse();
                assertThat(context.containsBean(JdbcIndicatorQueries.class)).as(properties.toString()).isFalse();
            }
        }
    }

    @Test
    void every_bean_of_the_adapter_exists_when_it_is_chosen() {
        ApplicationContext context = JdbcTestPorts.context();

        assertThat(context.containsBean(JdbcTransactions.class)).isTrue();
        assertThat(context.containsBean(UnitOfWork.class)).isTrue();
        assertThat(context.containsBean(JdbcSchools.class)).isTrue();
        assertThat(context.containsBean(JdbcIndicatorQueries.class)).isTrue();
    }
}
