package org.tremplin.adapter.persistence.memory;

import org.tremplin.application.contract.WorkStudyContractsContract;
import org.tremplin.application.contract.PersistencePorts;

class InMemoryWorkStudyContractsTest extends WorkStudyContractsContract {
    @Override
    protected PersistencePorts createPorts() {
        return InMemoryPorts.create();
    }
}
