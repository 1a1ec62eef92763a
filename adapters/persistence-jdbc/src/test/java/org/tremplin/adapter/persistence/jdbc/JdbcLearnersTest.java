package org.tremplin.adapter.persistence.jdbc;

import org.tremplin.application.contract.LearnersPortContract;
import org.tremplin.application.contract.PersistencePorts;

class JdbcLearnersTest extends LearnersPortContract {
    @Override
    protected PersistencePorts createPorts() {
        return JdbcTestPorts.create();
    }
}
