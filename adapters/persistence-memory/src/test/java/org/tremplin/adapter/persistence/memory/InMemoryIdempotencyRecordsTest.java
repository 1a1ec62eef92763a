package org.tremplin.adapter.persistence.memory;

import org.tremplin.application.contract.IdempotencyRecordsPortContract;
import org.tremplin.application.contract.PersistencePorts;

class InMemoryIdempotencyRecordsTest extends IdempotencyRecordsPortContract {
    @Override
    protected PersistencePorts createPorts() {
        return InMemoryPorts.create();
    }
}
