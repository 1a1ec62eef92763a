package org.tremplin.adapter.persistence.jdbc;

import org.tremplin.application.contract.ProgrammesPortContract;
import org.tremplin.application.contract.PersistencePorts;

class JdbcProgrammesTest extends ProgrammesPortContract {
    @Override
    protected PersistencePorts createPorts() {
        return JdbcTestPorts.create();
    }
}
