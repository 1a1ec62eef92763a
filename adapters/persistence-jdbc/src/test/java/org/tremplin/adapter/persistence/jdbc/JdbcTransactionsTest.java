package org.tremplin.adapter.persistence.jdbc;

import org.tremplin.application.contract.TransactionsContract;
import org.tremplin.application.contract.PersistencePorts;

class JdbcTransactionsTest extends TransactionsContract {
    @Override
    protected PersistencePorts createPorts() {
        return JdbcTestPorts.create();
    }
}
