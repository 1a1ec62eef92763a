package org.tremplin.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tremplin.application.port.out.AuditEntry;
import org.tremplin.application.port.out.RecordedChange;

public abstract class AuditTrailPortContract extends PortContract {

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

    @Test
    void numbers_entries_in_the_order_they_were_written_and_reads_them_after_a_sequence() {
        AuditEntry second = entry("2024-01-01T10:00:00Z", "school.opened");
        AuditEntry first = entry("2024-01-01T09:00:00Z", "school.planned");
        AuditEntry third = entry("2024-01-02T08:30:00Z", "learner.enrolled");
        ports.auditTrail().record(second);
        ports.auditTrail().record(first);
        ports.auditTrail().record(third);

        List<RecordedChange> all = ports.auditTrail().after(0, 10);

        assertThat(all).extracting(RecordedChange::entry).containsExactly(second, first, third);
        assertThat(all).extracting(RecordedChange::sequence).isSorted().doesNotHaveDuplicates()
                .allSatisfy(sequence -> assertThat(sequence).isPositive());
        assertThat(ports.auditTrail().after(all.get(0).sequence(), 10)).containsExactly(all.get(1), all.get(2));
        assertThat(ports.auditTrail().after(all.get(0).sequence(), 1)).containsExactly(all.get(1));
        assertThat(ports.auditTrail().after(all.get(2).sequence(), 10)).isEmpty();
    }

    @Test
    void an_entry_of_a_failed_unit_of_work_is_never_read_and_later_ones_come_after_it() {
        ports.auditTrail().record(entry("2024-01-01T09:00:00Z", "school.planned"));
        long before = ports.auditTrail().after(0, 10).getLast().sequence();

        assertThatThrownBy(() -> ports.transactions().run(() -> {
            ports.auditTrail().record(entry("2024-01-01T09:30:00Z", "school.opened"));
            throw new IllegalStateException("the unit of work fails");
        })).isInstanceOf(IllegalStateException.class);
        AuditEntry kept = entry("2024-01-01T10:00:00Z", "school.closed");
        ports.auditTrail().record(kept);

        List<RecordedChange> after = ports.auditTrail().after(before, 10);
        assertThat(after).extracting(RecordedChange::entry).containsExactly(kept);
        assertThat(after.getFirst().sequence()).isGreaterThan(before);
    }

    private static AuditEntry entry(String at, String action) {
        return new AuditEntry(Instant.parse(at), "account-42", action, "school", ContractTestData.newId().toString());
    }
}
