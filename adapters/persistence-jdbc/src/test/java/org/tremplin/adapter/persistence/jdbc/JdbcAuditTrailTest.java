package org.tremplin.adapter.persistence.jdbc;

import org.tremplin.application.contract.AuditTrailPortContract;
import org.tremplin.application.contract.PersistencePorts;

class JdbcAuditTrailTest extends AuditTrailPortContract {
    @Override
    protected PersistencePorts createPorts() {
        return JdbcTestPorts.create();
    }
}
