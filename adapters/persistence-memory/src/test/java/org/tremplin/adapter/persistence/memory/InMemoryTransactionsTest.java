package org.tremplin.adapter.persistence.memory;

import org.tremplin.application.contract.TransactionsContract;
import org.tremplin.application.contract.PersistencePorts;

class InMemoryTransactionsTest extends TransactionsContract {
    @Override
    protected PersistencePorts createPorts() {
        return InMemoryPorts.create();
    }
}
