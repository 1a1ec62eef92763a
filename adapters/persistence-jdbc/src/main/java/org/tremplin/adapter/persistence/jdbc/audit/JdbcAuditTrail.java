package org.tremplin.adapter.persistence.jdbc.audit;

import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.tremplin.adapter.persistence.jdbc.support.Sql;
import org.tremplin.adapter.persistence.jdbc.support.UnitOfWork;
import org.tremplin.adapter.persistence.jdbc.support.UtcDateTimes;
import org.tremplin.application.port.out.AuditEntry;
import org.tremplin.application.port.out.AuditTrail;
import org.tremplin.application.port.out.RecordedChange;

/** The audit trail in a table; instants are stored as UTC date-times, whatever the server's zone. */
@Singleton
public final class JdbcAuditTrail implements AuditTrail {
    private static final String RECORD_TYPE = "audit-entry";
    private final Sql sql;
    private final UnitOfWork unitOfWork;

    JdbcAuditTrail(Sql sql, UnitOfWork unitOfWork) {
        this.sql = sql;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public void record(AuditEntry entry) {
        unitOfWork.write(RECORD_TYPE, "", () -> sql.update(
                "INSERT INTO audit_entry (at, actor, action, record_type, record_id) VALUES (?, ?, ?, ?, ?)",
                List.of(UtcDateTimes.text(entry.at()), entry.actor(), entry.action(),
                        entry.recordType(), entry.recordId())));
    }

    @Override
    public List<AuditEntry> since(Instant since, int limit) {
        return unitOfWork.read(RECORD_TYPE, () -> sql.query(
                "SELECT at, actor, action, record_type, record_id FROM audit_entry WHERE at >= ? "
                        + "ORDER BY at, sequence LIMIT ?",
                List.of(UtcDateTimes.text(since), limit),
                JdbcAuditTrail::entry));
    }

    @Override
    public List<RecordedChange> after(long sequence, int limit) {
        return unitOfWork.read(RECORD_TYPE, () -> sql.query(
                "SELECT sequence, at, actor, action, record_type, record_id FROM audit_entry WHERE sequence > ? "
                        + "ORDER BY sequence LIMIT ?",
                List.of(sequence, limit),
                row -> new RecordedChange(row.getLong("sequence"), entry(row))));
    }

    private static AuditEntry entry(ResultSet row) throws SQLException {
        return new AuditEntry(row.getObject("at", LocalDateTime.class).toInstant(ZoneOffset.UTC), row.getString("actor"),
                row.getString("action"), row.getString("record_type"), row.getString("record_id"));
    }
}
