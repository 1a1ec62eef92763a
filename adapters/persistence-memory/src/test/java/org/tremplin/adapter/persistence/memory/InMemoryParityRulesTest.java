package org.tremplin.adapter.persistence.memory;

import org.tremplin.application.contract.ParityRulesPortContract;
import org.tremplin.application.contract.PersistencePorts;

class InMemoryParityRulesTest extends ParityRulesPortContract {
    @Override
    protected PersistencePorts createPorts() {
        return InMemoryPorts.create();
    }
}
