package org.tremplin.adapter.persistence.jdbc;

import org.tremplin.application.contract.PersistencePorts;
import org.tremplin.application.contract.SchoolsPortContract;

class JdbcSchoolsTest extends SchoolsPortContract {
    @Override
    protected PersistencePorts createPorts() {
        return JdbcTestPorts.create();
    }
}
