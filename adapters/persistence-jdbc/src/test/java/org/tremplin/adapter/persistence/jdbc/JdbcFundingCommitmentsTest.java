package org.tremplin.adapter.persistence.jdbc;

import org.tremplin.application.contract.FundingCommitmentsPortContract;
import org.tremplin.application.contract.PersistencePorts;

class JdbcFundingCommitmentsTest extends FundingCommitmentsPortContract {
    @Override
    protected PersistencePorts createPorts() {
        return JdbcTestPorts.create();
    }
}
