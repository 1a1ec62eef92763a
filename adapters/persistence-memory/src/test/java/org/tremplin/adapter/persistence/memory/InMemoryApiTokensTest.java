package org.tremplin.adapter.persistence.memory;

import org.tremplin.application.contract.ApiTokensPortContract;
import org.tremplin.application.contract.PersistencePorts;

class InMemoryApiTokensTest extends ApiTokensPortContract {
    @Override
    protected PersistencePorts createPorts() {
        return InMemoryPorts.create();
    }
}
