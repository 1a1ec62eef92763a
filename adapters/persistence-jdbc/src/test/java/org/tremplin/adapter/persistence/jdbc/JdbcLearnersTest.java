package org.tremplin.adapter.persistence.jdbc;

import org.tremplin.application.contract.LearnersContract;
import org.tremplin.application.contract.PersistencePorts;

class JdbcLearnersTest extends LearnersContract {
    @Override
    protected PersistencePorts createPorts() {
        return JdbcTestPorts.create();
    }
}
