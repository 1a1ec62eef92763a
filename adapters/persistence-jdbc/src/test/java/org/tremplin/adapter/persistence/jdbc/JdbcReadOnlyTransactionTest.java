package org.tremplin.adapter.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tremplin.adapter.persistence.jdbc.support.Sql;
import org.tremplin.application.contract.PersistencePorts;

/**
 * A read-only unit of work is read-only on the server too, not only in the driver, wherever the
 * driver can tell the server: MySQL 8 and MariaDB 11. MariaDB 10 greets the MySQL driver as
 * "5.5.5-10.x", a version that knows no read-only transaction, so there the driver alone refuses the
 * writes (the port contract suite shows them refused on every server).
 */
class JdbcReadOnlyTransactionTest {

    @Test
    void the_server_runs_a_read_only_unit_of_work_in_a_read_only_transaction_and_only_that_one() {
        PersistencePorts ports = JdbcTestPorts.create();
        Sql sql = JdbcTestPorts.context().getBean(Sql.class);

        boolean readOnly = ports.transactions().inReadOnlyTransaction(() -> serverSaysReadOnly(sql));
        boolean afterwards = ports.transactions().inTransaction(() -> serverSaysReadOnly(sql));

        String version = ports.transactions().inTransaction(() -> version(sql));
        assertThat(readOnly).as("read-only on the server (%s)", version).isEqualTo(driverTellsTheServer(version));
        assertThat(afterwards).isFalse();
    }

    /**
     * The server's read-only flag of the transaction, under the name the server gives it:
     * {@code transaction_read_only} on MySQL 8 and MariaDB 11, {@code tx_read_only} on MariaDB 10
     * (CI's server), which knows no other.
     */
    private static boolean serverSaysReadOnly(Sql sql) {
        try {
            return flag(sql, "transaction_read_only");
        } catch (RuntimeException unknownVariable) {
            return flag(sql, "tx_read_only");
        }
    }

    private static String version(Sql sql) {
        return sql.query("SELECT VERSION()", List.of(), row -> row.getString(1)).getFirst();
    }

    /** Every server but MariaDB before 11, which the driver takes for MySQL 5.5. */
    private static boolean driverTellsTheServer(String version) {
        return !(version.contains("MariaDB") && Integer.parseInt(version.substring(0, version.indexOf('.'))) < 11);
    }

    private static boolean flag(Sql sql, String variable) {
        return sql.query("SELECT @@" + variable, List.of(), row -> row.getBoolean(1)).getFirst();
    }
}
