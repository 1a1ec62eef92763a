package org.tremplin.adapter.persistence.memory;

import org.tremplin.application.contract.FundingCommitmentsPortContract;
import org.tremplin.application.contract.PersistencePorts;

class InMemoryFundingCommitmentsTest extends FundingCommitmentsPortContract {
    @Override
    protected PersistencePorts createPorts() {
        return InMemoryPorts.create();
    }
}
