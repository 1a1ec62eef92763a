package org.tremplin.adapter.persistence.memory;

import org.tremplin.application.contract.ParityRulesContract;
import org.tremplin.application.contract.PersistencePorts;

class InMemoryParityRulesTest extends ParityRulesContract {
    @Override
    protected PersistencePorts createPorts() {
        return InMemoryPorts.create();
    }
}
