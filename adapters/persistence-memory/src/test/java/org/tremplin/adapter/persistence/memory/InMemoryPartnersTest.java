package org.tremplin.adapter.persistence.memory;

import org.tremplin.application.contract.PartnersContract;
import org.tremplin.application.contract.PersistencePorts;

class InMemoryPartnersTest extends PartnersContract {
    @Override
    protected PersistencePorts createPorts() {
        return InMemoryPorts.create();
    }
}
