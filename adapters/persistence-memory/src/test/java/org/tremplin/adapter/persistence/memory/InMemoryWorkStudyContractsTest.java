package org.tremplin.adapter.persistence.memory;

import org.tremplin.application.contract.WorkStudyContractsPortContract;
import org.tremplin.application.contract.PersistencePorts;

class InMemoryWorkStudyContractsTest extends WorkStudyContractsPortContract {
    @Override
    protected PersistencePorts createPorts() {
        return InMemoryPorts.create();
    }
}
