package org.tremplin.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tremplin.app.wiring.ThreadLocalCurrentActor;
import org.tremplin.domain.access.AccountDetails;
import org.tremplin.domain.identity.Actor;
import org.tremplin.domain.identity.Role;
import org.tremplin.application.access.SignInResult;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.common.Sort;
import org.tremplin.application.idempotency.IdempotencyClaim;
import org.tremplin.application.idempotency.IdempotentRequests;
import org.tremplin.application.port.in.StoredResponse;
import org.tremplin.application.indicator.IndicatorReporting;
import org.tremplin.application.port.in.IndicatorScope;
import org.tremplin.application.port.out.Learners;
import org.tremplin.application.port.in.SchoolFilter;
import org.tremplin.application.port.in.SchoolSortKey;
import org.tremplin.application.port.out.Schools;
import org.tremplin.application.school.SchoolAdministration;
import org.tremplin.application.school.SchoolDetails;
import org.tremplin.application.access.AccountAdministration;
import org.tremplin.application.access.Authentication;
import org.tremplin.domain.school.Region;
import org.tremplin.domain.school.School;

/**
 * The run command's database: the embedded MariaDB, demo data loaded on first start, and the
 * data still there after the application restarts, its change stamps and idempotency keys included.
 */
class MariaDbPersistenceSystemTest {
    private static final String PASSWORD = "a password kept across restarts";
    private static final Map<String, Object> ON_EMBEDDED_MARIADB = Map.of(
            "micronaut.server.port", -1,
            "tremplin.persistence", "jdbc",
            "tremplin.database.embedded-data-directory", "target/system-test-mariadb/data");

    @Test
    void the_application_restarts_on_its_embedded_database_with_its_data_intact() {
        School added;
        long learners;
        long jobs;
        String email = "restart" + System.nanoTime() + "@tremplin.example";
        Instant beforeAdding;
        String idempotencyKey = "system-test-" + System.nanoTime();
        StoredResponse response = new StoredResponse(201, null, Map.of(), new byte[] {42});
        try (ApplicationContext first = ApplicationContext.run(ON_EMBEDDED_MARIADB, "test")) {
            assertThat(first.getBean(Schools.class).getClass().getSimpleName()).isEqualTo("JdbcSchools");
            beforeAdding = Instant.now();
            added = as(first, () -> first.getBean(SchoolAdministration.class).plan(new SchoolDetails(
                    "École IA Perpignan " + System.nanoTime(), "Perpignan", Region.OCCITANIE, "66"), Optional.empty()));
            learners = first.getBean(Learners.class).count();
            jobs = as(first, () -> first.getBean(IndicatorReporting.class).report(new IndicatorScope.Network()))
                    .jobsCreated();
            as(first, () -> first.getBean(AccountAdministration.class).createAccount(new AccountDetails(email,
                    "Compte de redémarrage", Role.FUNDER_VIEWER, Optional.of(Set.of(added.id()))), PASSWORD));
            IdempotentRequests requests = first.getBean(IdempotentRequests.class);
            assertThat(as(first, () -> requests.claim(idempotencyKey, "POST /schools")))
                    .isInstanceOf(IdempotencyClaim.Fresh.class);
            as(first, () -> {
                requests.complete(idempotencyKey, response);
                return null;
            });
        }

        try (ApplicationContext second = ApplicationContext.run(ON_EMBEDDED_MARIADB, "test")) {
            var schools = as(second, () -> second.getBean(SchoolAdministration.class).list(SchoolFilter.all(),
                    Sort.ascending(SchoolSortKey.NAME), PageRequest.first(100)));

            assertThat(schools.items()).contains(added);
            assertThat(schools.items()).filteredOn(school -> school.name().contains("Castelnau-le-Lez")).hasSize(1);
            assertThat(second.getBean(Learners.class).count()).isEqualTo(learners).isGreaterThan(900);
            assertThat(as(second, () -> second.getBean(IndicatorReporting.class).report(new IndicatorScope.Network()))
                    .jobsCreated()).isEqualTo(jobs).isBetween(450L, 550L);
            assertThat(second.getBean(Authentication.class).signIn(email, PASSWORD))
                    .isInstanceOfSatisfying(SignInResult.SignedIn.class, signedIn -> {
                        assertThat(signedIn.role()).isEqualTo(Role.FUNDER_VIEWER);
                        assertThat(signedIn.actor().schools()).contains(Set.of(added.id()));
                    });
            var changedSince = as(second, () -> second.getBean(SchoolAdministration.class).list(new SchoolFilter(
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(beforeAdding)),
                    Sort.ascending(SchoolSortKey.NAME), PageRequest.first(100)));
            assertThat(changedSince.items()).containsExactly(added);
            assertThat(as(second, () -> second.getBean(IdempotentRequests.class).claim(idempotencyKey, "POST /schools")))
                    .isEqualTo(new IdempotencyClaim.Replay(response));
        }
    }

    private static <T> T as(ApplicationContext context, java.util.function.Supplier<T> work) {
        return context.getBean(ThreadLocalCurrentActor.class).runAs(Actor.system(), work);
    }
}
