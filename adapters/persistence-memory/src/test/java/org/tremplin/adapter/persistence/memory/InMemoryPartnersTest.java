package org.tremplin.adapter.persistence.memory;

import org.tremplin.application.contract.PartnersPortContract;
import org.tremplin.application.contract.PersistencePorts;

class InMemoryPartnersTest extends PartnersPortContract {
    @Override
    protected PersistencePorts createPorts() {
        return InMemoryPorts.create();
    }
}
