package org.tremplin.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.tremplin.application.port.out.AuditEntry;

public abstract class AuditTrailContract extends PortContract {

    @Test
    void reads_entries_from_a_point_in_time_oldest_first_up_to_a_limit() {
        AuditEntry first = entry("2024-01-01T09:00:00Z", "school.planned");
        AuditEntry second = entry("2024-01-01T10:00:00Z", "school.opened");
        AuditEntry third = entry("2024-01-02T08:30:00Z", "learner.enrolled");
        ports.auditTrail().record(second);
        ports.auditTrail().record(first);
        ports.auditTrail().record(third);

        assertThat(ports.auditTrail().since(Instant.EPOCH, 10)).containsExactly(first, second, third);
        assertThat(ports.auditTrail().since(Instant.parse("2024-01-01T10:00:00Z"), 10)).containsExactly(second, third);
        assertThat(ports.auditTrail().since(Instant.EPOCH, 2)).containsExactly(first, second);
    }

    private static AuditEntry entry(String at, String action) {
        return new AuditEntry(Instant.parse(at), "account-42", action, "school", ContractTestData.newId().toString());
    }
}
