package org.tremplin.adapter.persistence.memory;

import org.tremplin.application.contract.PersistencePorts;
import org.tremplin.application.contract.WarningQueriesPortContract;

class InMemoryWarningQueriesTest extends WarningQueriesPortContract {
    @Override
    protected PersistencePorts createPorts() {
        return InMemoryPorts.create();
    }
}
