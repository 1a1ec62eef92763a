package org.tremplin.adapter.persistence.jdbc;

import org.tremplin.application.contract.IdempotencyRecordsPortContract;
import org.tremplin.application.contract.PersistencePorts;

class JdbcIdempotencyRecordsTest extends IdempotencyRecordsPortContract {
    @Override
    protected PersistencePorts createPorts() {
        return JdbcTestPorts.create();
    }
}
