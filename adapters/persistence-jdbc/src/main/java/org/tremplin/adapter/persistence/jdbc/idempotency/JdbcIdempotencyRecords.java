package org.tremplin.adapter.persistence.jdbc.idempotency;

import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.tremplin.adapter.persistence.jdbc.support.Sql;
import org.tremplin.adapter.persistence.jdbc.support.SqlErrors;
import org.tremplin.adapter.persistence.jdbc.support.UnitOfWork;
import org.tremplin.adapter.persistence.jdbc.support.UtcDateTimes;
import org.tremplin.application.port.out.IdempotencyRecord;
import org.tremplin.application.port.out.IdempotencyRecords;
import org.tremplin.application.port.in.StoredResponse;

/**
 * Idempotency keys in {@code idempotency_record}, whose primary key (actor, key) makes a claim
 * atomic across processes: of two inserts of one key, the second waits for the first to commit,
 * then is refused. A row without status is a claim still waiting for its response.
 */
@Singleton
public final class JdbcIdempotencyRecords implements IdempotencyRecords {
    private static final String RECORD_TYPE = "idempotency-record";
    private static final String WHERE_KEY = " WHERE actor = ? AND idem_key = ?";
    private final Sql sql;
    private final UnitOfWork unitOfWork;

    JdbcIdempotencyRecords(Sql sql, UnitOfWork unitOfWork) {
        this.sql = sql;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public boolean claim(IdempotencyRecord claim) {
        return write(() -> {
            try {
                sql.update("INSERT INTO idempotency_record (actor, idem_key, request_fingerprint, created_at) "
                        + "VALUES (?, ?, ?, ?)", List.of(claim.actor(), claim.key(), claim.requestFingerprint(),
                        UtcDateTimes.text(claim.createdAt())));
                return true;
            } catch (RuntimeException failure) {
                // The key is held: MySQL undoes the refused statement alone, and the transaction goes on.
                if (SqlErrors.isDuplicateKey(failure)) {
                    return false;
                }
                throw failure;
            }
        });
    }

    @Override
    public Optional<IdempotencyRecord> find(String actor, String key) {
        return read(() -> sql.query("SELECT request_fingerprint, created_at, response_status, response_content_type, "
                + "response_headers, response_body FROM idempotency_record" + WHERE_KEY, List.of(actor, key),
                row -> record(actor, key, row)).stream().findFirst());
    }

    @Override
    public boolean complete(String actor, String key, StoredResponse response) {
        return write(() -> sql.update("UPDATE idempotency_record SET response_status = ?, response_content_type = ?, "
                + "response_headers = ?, response_body = ?" + WHERE_KEY + " AND response_status IS NULL",
                List.of(response.status(), Optional.ofNullable(response.contentType()),
                        HeaderEncoding.encode(response.headers()), response.body(), actor, key)) == 1);
    }

    @Override
    public void release(String actor, String key) {
        write(() -> sql.update("DELETE FROM idempotency_record" + WHERE_KEY + " AND response_status IS NULL",
                List.of(actor, key)));
    }

    @Override
    public void expire(String actor, String key, Instant cutoff) {
        write(() -> sql.update("DELETE FROM idempotency_record" + WHERE_KEY + " AND created_at < ?",
                List.of(actor, key, UtcDateTimes.text(cutoff))));
    }

    @Override
    public int purgeCreatedBefore(Instant cutoff, int limit) {
        return write(() -> sql.update("DELETE FROM idempotency_record WHERE created_at < ? ORDER BY created_at LIMIT ?",
                List.of(UtcDateTimes.text(cutoff), limit)));
    }

    private static IdempotencyRecord record(String actor, String key, ResultSet row) throws SQLException {
        int status = row.getInt("response_status");
        Optional<StoredResponse> response = row.wasNull() ? Optional.empty()
                : Optional.of(new StoredResponse(status, row.getString("response_content_type"),
                        HeaderEncoding.decode(row.getString("response_headers")), row.getBytes("response_body")));
        return new IdempotencyRecord(actor, key, row.getString("request_fingerprint"),
                UtcDateTimes.instant(row.getString("created_at")), response);
    }

    private <R> R read(Supplier<R> work) {
        return unitOfWork.read(RECORD_TYPE, work);
    }

    private <R> R write(Supplier<R> work) {
        return unitOfWork.write(RECORD_TYPE, "", work);
    }
}
