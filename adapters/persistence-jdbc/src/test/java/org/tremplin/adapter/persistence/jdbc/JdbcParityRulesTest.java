package org.tremplin.adapter.persistence.jdbc;

import org.tremplin.application.contract.ParityRulesContract;
import org.tremplin.application.contract.PersistencePorts;

class JdbcParityRulesTest extends ParityRulesContract {
    @Override
    protected PersistencePorts createPorts() {
        return JdbcTestPorts.create();
    }
}
