package org.tremplin.adapter.persistence.jdbc;

import org.tremplin.application.contract.EmploymentOutcomesContract;
import org.tremplin.application.contract.PersistencePorts;

class JdbcEmploymentOutcomesTest extends EmploymentOutcomesContract {
    @Override
    protected PersistencePorts createPorts() {
        return JdbcTestPorts.create();
    }
}
