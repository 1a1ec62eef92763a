package org.tremplin.adapter.persistence.jdbc;

import io.micronaut.context.ApplicationContext;
import org.tremplin.application.contract.IndicatorQueriesPortContract;
import org.tremplin.application.contract.PersistencePorts;

/**
 * The indicator contract on the JDBC adapter. Public, with two accessors, only so that the tests of
 * the {@code indicator} package (the generated-data comparison, the date arithmetic) reach the same
 * test database as every other test of this module without widening {@link JdbcTestPorts}.
 */
public class JdbcIndicatorQueriesTest extends IndicatorQueriesPortContract {
    @Override
    protected PersistencePorts createPorts() {
        return JdbcTestPorts.create();
    }

    /** Every port over the emptied test database. */
    public static PersistencePorts emptyDatabasePorts() {
        return JdbcTestPorts.create();
    }

    /** The application context of the test run, for beans the ports do not show (plain SQL). */
    public static ApplicationContext testContext() {
        return JdbcTestPorts.context();
    }
}
