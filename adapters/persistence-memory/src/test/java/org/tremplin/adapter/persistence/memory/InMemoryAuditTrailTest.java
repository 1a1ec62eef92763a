package org.tremplin.adapter.persistence.memory;

import org.tremplin.application.contract.AuditTrailContract;
import org.tremplin.application.contract.PersistencePorts;

class InMemoryAuditTrailTest extends AuditTrailContract {
    @Override
    protected PersistencePorts createPorts() {
        return InMemoryPorts.create();
    }
}
