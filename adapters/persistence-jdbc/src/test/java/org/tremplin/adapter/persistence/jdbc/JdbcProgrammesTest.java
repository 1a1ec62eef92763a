package org.tremplin.adapter.persistence.jdbc;

import org.tremplin.application.contract.ProgrammesContract;
import org.tremplin.application.contract.PersistencePorts;

class JdbcProgrammesTest extends ProgrammesContract {
    @Override
    protected PersistencePorts createPorts() {
        return JdbcTestPorts.create();
    }
}
