package org.tremplin.adapter.persistence.jdbc;

import org.tremplin.application.contract.EmploymentOutcomesPortContract;
import org.tremplin.application.contract.PersistencePorts;

class JdbcEmploymentOutcomesTest extends EmploymentOutcomesPortContract {
    @Override
    protected PersistencePorts createPorts() {
        return JdbcTestPorts.create();
    }
}
