package org.tremplin.adapter.persistence.jdbc;

import org.tremplin.application.contract.TransactionsPortContract;
import org.tremplin.application.contract.PersistencePorts;

class JdbcTransactionsTest extends TransactionsPortContract {
    @Override
    protected PersistencePorts createPorts() {
        return JdbcTestPorts.create();
    }
}
