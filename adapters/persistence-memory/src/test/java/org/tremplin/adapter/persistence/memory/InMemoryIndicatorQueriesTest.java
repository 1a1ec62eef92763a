package org.tremplin.adapter.persistence.memory;

import org.tremplin.application.contract.IndicatorQueriesPortContract;
import org.tremplin.application.contract.PersistencePorts;

class InMemoryIndicatorQueriesTest extends IndicatorQueriesPortContract {
    @Override
    protected PersistencePorts createPorts() {
        return InMemoryPorts.create();
    }
}
