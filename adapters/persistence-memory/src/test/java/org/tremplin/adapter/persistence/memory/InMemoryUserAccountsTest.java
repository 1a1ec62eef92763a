package org.tremplin.adapter.persistence.memory;

import org.tremplin.application.contract.UserAccountsContract;
import org.tremplin.application.contract.PersistencePorts;

class InMemoryUserAccountsTest extends UserAccountsContract {
    @Override
    protected PersistencePorts createPorts() {
        return InMemoryPorts.create();
    }
}
