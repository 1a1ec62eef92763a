package org.tremplin.adapter.persistence.memory;

import org.tremplin.application.contract.TransactionsPortContract;
import org.tremplin.application.contract.PersistencePorts;

class InMemoryTransactionsTest extends TransactionsPortContract {
    @Override
    protected PersistencePorts createPorts() {
        return InMemoryPorts.create();
    }
}
