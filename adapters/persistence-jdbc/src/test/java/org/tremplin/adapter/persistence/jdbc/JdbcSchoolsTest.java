package org.tremplin.adapter.persistence.jdbc;

import org.tremplin.application.contract.PersistencePorts;
import org.tremplin.application.contract.SchoolsContract;

class JdbcSchoolsTest extends SchoolsContract {
    @Override
    protected PersistencePorts createPorts() {
        return JdbcTestPorts.create();
    }
}
