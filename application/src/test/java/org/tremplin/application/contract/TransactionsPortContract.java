package org.tremplin.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.tremplin.application.port.out.AuditEntry;
import org.tremplin.domain.school.School;

/**
 * A unit of work lands whole or not at all, across every port; one that only reads refuses every
 * write, and a nested unit joins the one under way, whichever its kind.
 */
public abstract class TransactionsPortContract extends PortContract {

    @Test
    void the_writes_of_a_unit_of_work_land_together() {
        School school = data.school();

        ports.transactions().run(() -> {
            ports.schools().save(school);
            ports.programmes().save(data.programme());
        });

        assertThat(ports.schools().findById(school.id())).isPresent();
        assertThat(ports.programmes().count()).isEqualTo(1);
    }

    @Test
    void a_failing_unit_of_work_leaves_nothing_behind_in_any_port() {
        School existing = ports.schools().save(data.school());
        School added = data.school();

        assertThatThrownBy(() -> ports.transactions().run(() -> {
            ports.schools().save(added);
            ports.schools().save(existing.open(java.time.LocalDate.of(2019, 1, 1)));
            ports.auditTrail().record(new AuditEntry(Instant.parse("2024-01-01T10:00:00Z"), "tester", "school.opened",
                    "school", existing.id().toString()));
            throw new IllegalStateException("the unit of work fails");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(ports.schools().findById(added.id())).isEmpty();
        assertThat(ports.schools().findById(existing.id())).contains(existing);
        assertThat(ports.auditTrail().since(Instant.EPOCH, 10)).isEmpty();
    }

    @Test
    void a_nested_unit_of_work_joins_the_outer_one() {
        School inner = data.school();

        assertThatThrownBy(() -> ports.transactions().run(() -> {
            ports.transactions().run(() -> ports.schools().save(inner));
            throw new IllegalStateException("the outer unit fails after the inner one ended");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(ports.schools().findById(inner.id())).isEmpty();
    }

    @Test
    void returns_what_the_work_returns() {
        long count = ports.transactions().inTransaction(() -> {
            ports.schools().save(data.school());
            return ports.schools().count();
        });

        assertThat(count).isEqualTo(1);
    }

    @Test
    void a_read_only_unit_of_work_reads_what_is_stored() {
        School school = ports.schools().save(data.school());

        var found = ports.transactions().inReadOnlyTransaction(() -> ports.schools().findById(school.id()));

        assertThat(found).contains(school);
    }

    @Test
    void a_write_inside_a_read_only_unit_of_work_is_refused_and_leaves_nothing_behind() {
        School school = data.school();

        assertThatThrownBy(() -> ports.transactions().inReadOnlyTransaction(() -> ports.schools().save(school)))
                .isInstanceOf(IllegalStateException.class);

        assertThat(ports.schools().findById(school.id())).isEmpty();
        assertThat(ports.schools().count()).isZero();
    }

    @Test
    void a_unit_of_work_nested_in_a_read_only_one_joins_it_and_cannot_write_either() {
        School school = data.school();

        assertThatThrownBy(() -> ports.transactions().inReadOnlyTransaction(() -> {
            ports.transactions().run(() -> ports.schools().save(school));
            return null;
        })).isInstanceOf(IllegalStateException.class);

        assertThat(ports.schools().findById(school.id())).isEmpty();
    }

    @Test
    void a_read_only_unit_nested_in_a_writing_one_joins_it_and_sees_its_writes() {
        School school = data.school();

        long seen = ports.transactions().inTransaction(() -> {
            ports.schools().save(school);
            return ports.transactions().inReadOnlyTransaction(() -> ports.schools().count());
        });

        assertThat(seen).isEqualTo(1);
        assertThat(ports.schools().findById(school.id())).isPresent();
    }

    @Test
    void a_failure_after_a_nested_read_only_unit_still_undoes_the_outer_writes() {
        School school = data.school();

        assertThatThrownBy(() -> ports.transactions().run(() -> {
            ports.schools().save(school);
            ports.transactions().inReadOnlyTransaction(() -> ports.schools().count());
            throw new IllegalStateException("the outer unit fails after the read-only one ended");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(ports.schools().findById(school.id())).isEmpty();
    }
}
