package org.tremplin.adapter.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * V3 on a database that already holds data: rows written before it get the instant it ran as their
 * last change, and from then on a write that forgets {@code updated_at} is refused. Runs in a
 * schema of its own, migrated to V1 first.
 */
class ChangeTrackingMigrationTest {
    private static final String SCHEMA = "tremplin_migration_" + Long.toString(System.nanoTime(), 36);
    private static final String SCHOOL = "INSERT INTO " + SCHEMA + ".school (id, version, name, town, region, "
            + "departement, status) VALUES ('%s', 1, '%s', 'Rodez', 'OCCITANIE', '12', 'PLANNED')";

    @Test
    void rows_written_before_tracking_began_get_the_instant_it_began() throws SQLException {
        DataSource database = pool();
        flyway(database).target("1").load().migrate();
        execute(database, SCHOOL.formatted("0190a1b2-0000-7000-8000-000000000001", "École IA ancienne"));
        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        flyway(database).load().migrate();

        Instant after = Instant.now().plusSeconds(1);
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT updated_at FROM " + SCHEMA + ".school")) {
            assertThat(row.next()).isTrue();
            Instant stamped = row.getObject(1, LocalDateTime.class).toInstant(ZoneOffset.UTC);
            assertThat(stamped).isBetween(before, after);
        }
        assertThatThrownBy(() -> execute(database, SCHOOL.formatted("0190a1b2-0000-7000-8000-000000000002",
                "École IA nouvelle"))).isInstanceOf(SQLException.class).hasMessageContaining("updated_at");
    }

    @AfterEach
    void dropTheSchema() throws SQLException {
        execute(pool(), "DROP DATABASE IF EXISTS " + SCHEMA);
    }

    /** The pool itself: the data source Micronaut publishes only lends connections inside its transactions. */
    private static DataSource pool() {
        return JdbcTestPorts.context().getBean(ConnectionPool.class).dataSource();
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(DataSource database) {
        return Flyway.configure().dataSource(database).locations("classpath:db/migration").schemas(SCHEMA)
                .createSchemas(true);
    }

    private static void execute(DataSource database, String sql) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
