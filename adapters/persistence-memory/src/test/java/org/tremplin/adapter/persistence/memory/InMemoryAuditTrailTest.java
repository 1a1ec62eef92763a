package org.tremplin.adapter.persistence.memory;

import org.tremplin.application.contract.AuditTrailPortContract;
import org.tremplin.application.contract.PersistencePorts;

class InMemoryAuditTrailTest extends AuditTrailPortContract {
    @Override
    protected PersistencePorts createPorts() {
        return InMemoryPorts.create();
    }
}
