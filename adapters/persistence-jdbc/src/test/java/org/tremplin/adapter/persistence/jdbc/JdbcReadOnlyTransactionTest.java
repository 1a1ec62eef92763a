package org.tremplin.adapter.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tremplin.adapter.persistence.jdbc.support.Sql;
import org.tremplin.application.contract.PersistencePorts;

/**
 * A read-only unit of work is read-only on the server too, not only in the driver: the server's own
 * transaction is the one that refuses writes, whoever sends them.
 */
class JdbcReadOnlyTransactionTest {

    @Test
    void the_server_runs_a_read_only_unit_of_work_in_a_read_only_transaction_and_only_that_one() {
        PersistencePorts ports = JdbcTestPorts.create();
        Sql sql = JdbcTestPorts.context().getBean(Sql.class);

        boolean readOnly = ports.transactions().inReadOnlyTransaction(() -> serverSaysReadOnly(sql));
        boolean afterwards = ports.transactions().inTransaction(() -> serverSaysReadOnly(sql));

        assertThat(readOnly).isTrue();
        assertThat(afterwards).isFalse();
    }

    private static boolean serverSaysReadOnly(Sql sql) {
        return sql.query("SELECT @@transaction_read_only", List.of(), row -> row.getBoolean(1)).getFirst();
    }
}
