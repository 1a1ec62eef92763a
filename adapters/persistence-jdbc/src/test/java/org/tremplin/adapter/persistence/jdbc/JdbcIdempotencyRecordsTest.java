package org.tremplin.adapter.persistence.jdbc;

import org.tremplin.application.contract.IdempotencyRecordsContract;
import org.tremplin.application.contract.PersistencePorts;

class JdbcIdempotencyRecordsTest extends IdempotencyRecordsContract {
    @Override
    protected PersistencePorts createPorts() {
        return JdbcTestPorts.create();
    }
}
