package org.tremplin.adapter.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tremplin.adapter.persistence.jdbc.support.Sql;
import org.tremplin.application.contract.ContractTestData;
import org.tremplin.application.contract.PersistencePorts;
import org.tremplin.domain.school.School;

/**
 * The {@code updated_at} column holds UTC date-times whatever the JVM's zone: the tests run in
 * Europe/Paris, where 02:30 on 31 March 2024 never happened (clocks jumped from 02:00 to 03:00).
 * A value sent through the JVM's zone would come out an hour off.
 */
class JdbcUpdatedAtTest {
    private static final Instant IN_THE_PARIS_GAP = Instant.parse("2024-03-31T02:30:00.123456Z");

    @Test
    void updated_at_is_the_utc_time_of_the_last_write() {
        assertThat(ZoneId.systemDefault()).isEqualTo(ZoneId.of("Europe/Paris"));
        PersistencePorts ports = JdbcTestPorts.create();
        ports.clock().set(IN_THE_PARIS_GAP.minusSeconds(3_600));
        School school = ports.schools().save(new ContractTestData(ports).school());
        assertThat(updatedAt(school)).isEqualTo(LocalDateTime.of(2024, 3, 31, 1, 30, 0, 123_456_000));

        ports.clock().set(IN_THE_PARIS_GAP);
        ports.schools().save(school.open(java.time.LocalDate.of(2024, 3, 1)));

        assertThat(updatedAt(school)).isEqualTo(LocalDateTime.of(2024, 3, 31, 2, 30, 0, 123_456_000));
    }

    private static LocalDateTime updatedAt(School school) {
        Sql sql = JdbcTestPorts.context().getBean(Sql.class);
        return JdbcTestPorts.context().getBean(JdbcTransactions.class).inTransaction(() -> sql.query(
                "SELECT updated_at FROM school WHERE id = ?", List.of(school.id().toString()),
                row -> row.getObject(1, LocalDateTime.class)).getFirst());
    }
}
