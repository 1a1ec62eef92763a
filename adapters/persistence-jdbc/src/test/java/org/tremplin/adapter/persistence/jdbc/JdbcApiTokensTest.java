package org.tremplin.adapter.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tremplin.adapter.persistence.jdbc.support.Sql;
import org.tremplin.domain.access.ApiToken;
import org.tremplin.domain.access.ApiTokenId;
import org.tremplin.domain.identity.Permission;
import org.tremplin.domain.access.TokenSecret;
import org.tremplin.application.contract.ApiTokensPortContract;
import org.tremplin.application.contract.PersistencePorts;

class JdbcApiTokensTest extends ApiTokensPortContract {
    @Override
    protected PersistencePorts createPorts() {
        return JdbcTestPorts.create();
    }

    /** What a report or a person reading the table sees: UTC, whatever the JVM's zone (Paris in tests). */
    @Test
    void instants_are_stored_as_utc_date_times() {
        Instant created = Instant.parse("2026-07-14T10:15:30.654321Z");
        ApiToken token = ports.apiTokens().save(ApiToken.issue(new ApiTokenId(UUID.randomUUID()), "ETL",
                EnumSet.of(Permission.READ_NETWORK), Optional.empty(), TokenSecret.chosen("trp_" + UUID.randomUUID()),
                created, "account:test", created.plusSeconds(3600)));

        Sql sql = JdbcTestPorts.context().getBean(Sql.class);
        List<String> stored = ports.transactions().inTransaction(() -> sql.query(
                "SELECT CAST(created_at AS CHAR), CAST(expires_at AS CHAR) FROM api_token WHERE id = ?",
                List.of(token.id().toString()), row -> row.getString(1) + " / " + row.getString(2)));

        assertThat(stored).containsExactly("2026-07-14 10:15:30.654321 / 2026-07-14 11:15:30.654321");
    }
}
