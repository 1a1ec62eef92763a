package org.tremplin.adapter.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.tremplin.domain.error.UnavailableException;
import org.tremplin.application.contract.ContractTestData;
import org.tremplin.application.contract.PersistencePorts;
import org.tremplin.domain.school.School;

/**
 * When the database goes away, calls fail with "unavailable" (not a stack trace, not a hang), and
 * when it comes back the application works again by itself: no restart, no manual pool reset.
 * Needs a server it can stop, so it runs on the embedded one.
 */
class JdbcConnectionLossTest {

    @Test
    void calls_fail_as_unavailable_while_the_database_is_down_and_work_again_once_it_is_back() {
        assumeTrue(TestDatabase.isEmbedded(), "stopping the server needs the embedded database");
        PersistencePorts ports = JdbcTestPorts.create();
        School school = ports.schools().save(new ContractTestData(ports).school());
        var server = JdbcTestPorts.context().getBean(EmbeddedDatabaseServer.class).server();

        server.stop();
        try {
            assertThatThrownBy(() -> ports.transactions().inTransaction(() -> ports.schools().count()))
                    .isInstanceOf(UnavailableException.class)
                    .hasMessageNotContaining("jdbc:");
            assertThatThrownBy(() -> ports.schools().findById(school.id())).isInstanceOf(UnavailableException.class);
        } finally {
            server.restart();
        }

        assertThat(eventually(() -> ports.schools().findById(school.id()))).contains(school);
    }

    /** The first answer within ten seconds, the pool dropping its dead connections meanwhile. */
    private static <T> T eventually(java.util.function.Supplier<T> call) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (true) {
            try {
                return call.get();
            } catch (UnavailableException stillDown) {
                if (Instant.now().isAfter(deadline)) {
                    throw stillDown;
                }
            }
        }
    }
}
