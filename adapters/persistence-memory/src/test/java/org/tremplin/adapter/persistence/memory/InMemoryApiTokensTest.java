package org.tremplin.adapter.persistence.memory;

import org.tremplin.application.contract.ApiTokensContract;
import org.tremplin.application.contract.PersistencePorts;

class InMemoryApiTokensTest extends ApiTokensContract {
    @Override
    protected PersistencePorts createPorts() {
        return InMemoryPorts.create();
    }
}
