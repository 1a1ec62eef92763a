package org.tremplin.adapter.persistence.memory;

import org.tremplin.application.contract.UserAccountsPortContract;
import org.tremplin.application.contract.PersistencePorts;

class InMemoryUserAccountsTest extends UserAccountsPortContract {
    @Override
    protected PersistencePorts createPorts() {
        return InMemoryPorts.create();
    }
}
