package org.tremplin.adapter.persistence.jdbc;

import org.tremplin.application.contract.AuditTrailContract;
import org.tremplin.application.contract.PersistencePorts;

class JdbcAuditTrailTest extends AuditTrailContract {
    @Override
    protected PersistencePorts createPorts() {
        return JdbcTestPorts.create();
    }
}
