package org.tremplin.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tremplin.app.demo.DemoAccess;
import org.tremplin.app.wiring.ThreadLocalCurrentActor;
import org.tremplin.domain.identity.Actor;
import org.tremplin.domain.access.ApiToken;
import org.tremplin.domain.identity.Permission;
import org.tremplin.domain.identity.Role;
import org.tremplin.application.access.SignInResult;
import org.tremplin.domain.error.ForbiddenException;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.common.Sort;
import org.tremplin.application.funding.FundingAdministration;
import org.tremplin.application.indicator.IndicatorReporting;
import org.tremplin.application.partner.PartnerAdministration;
import org.tremplin.application.port.in.IndicatorScope;
import org.tremplin.application.port.in.PartnerFilter;
import org.tremplin.application.port.in.PartnerSortKey;
import org.tremplin.application.port.in.SchoolFilter;
import org.tremplin.application.port.in.SchoolSortKey;
import org.tremplin.application.port.in.WarningFilter;
import org.tremplin.application.port.in.WarningKind;
import org.tremplin.application.school.SchoolAdministration;
import org.tremplin.application.access.TokenAdministration;
import org.tremplin.application.access.Authentication;
import org.tremplin.application.warning.EarlyWarnings;
import org.tremplin.domain.partner.Partner;
import org.tremplin.domain.school.Region;
import org.tremplin.domain.school.School;

/** The run command's promise: the application starts with the demo network loaded and usable. */
@MicronautTest
class DemoNetworkLoadedTest {
    @Inject
    ThreadLocalCurrentActor currentActor;
    @Inject
    SchoolAdministration schools;
    @Inject
    PartnerAdministration partners;
    @Inject
    FundingAdministration funding;
    @Inject
    IndicatorReporting indicators;
    @Inject
    EarlyWarnings warnings;
    @Inject
    Authentication authentication;
    @Inject
    TokenAdministration access;

    @Test
    void about_twenty_schools_with_castelnau_le_lez_first_in_occitanie() {
        var page = as(Actor.system(), () -> schools.list(SchoolFilter.all(), Sort.ascending(SchoolSortKey.OPENED_ON),
                PageRequest.first(50)));

        assertThat(page.totalItems()).isBetween(18L, 22L);
        School castelnau = page.items().stream().filter(school -> school.name().contains("Castelnau-le-Lez"))
                .findFirst().orElseThrow();
        assertThat(castelnau.region()).isEqualTo(Region.OCCITANIE);
        assertThat(castelnau.departement().code()).isEqualTo("34");
        assertThat(castelnau.openedOn()).contains(java.time.LocalDate.of(2018, 10, 1));
    }

    @Test
    void castelnau_le_lez_is_funded_at_parity_by_its_region_and_microsoft() {
        School castelnau = as(Actor.system(), () -> schools.list(new SchoolFilter(Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of("Castelnau"), Optional.empty()), Sort.ascending(SchoolSortKey.NAME), PageRequest.first(5)))
                .items().getFirst();

        var parity = as(Actor.system(), () -> funding.parity(castelnau.id()));
        var funders = as(Actor.system(), () -> partners.list(new PartnerFilter(Optional.of(castelnau.id()),
                Optional.of(org.tremplin.domain.partner.PartnerRole.FUNDER), Optional.empty(), Optional.empty(), Optional.empty()),
                Sort.ascending(PartnerSortKey.LEGAL_NAME), PageRequest.first(20))).items();

        assertThat(funders).extracting(Partner::legalName).contains("Région Occitanie", "Microsoft France");
        assertThat(parity).isNotEmpty().allSatisfy(status -> assertThat(status.honoured()).isTrue());
    }

    @Test
    void the_network_counts_about_five_hundred_jobs() {
        var report = as(Actor.system(), () -> indicators.report(new IndicatorScope.Network()));

        assertThat(report.jobsCreated()).isBetween(450L, 550L);
    }

    @Test
    void the_console_has_early_warnings_of_every_kind_to_show() {
        var counts = as(Actor.system(), () -> warnings.countByKind(WarningFilter.all()));

        assertThat(counts).containsOnlyKeys(WarningKind.values()).allSatisfy((kind, count) ->
                assertThat(count).as(kind.name()).isPositive());
    }

    @Test
    void the_demo_token_authenticates_network_wide_without_access_management_nor_health_data() {
        Actor integrator = authentication.authenticateToken(DemoAccess.INTEGRATOR_TOKEN_SECRET).orElseThrow();

        assertThat(integrator.name()).startsWith("token:");
        assertThat(integrator.permissions()).isEqualTo(DemoAccess.integratorScopes())
                .doesNotContain(Permission.MANAGE_ACCESS, Permission.READ_HEALTH_DATA)
                .contains(Permission.READ_PERSONAL_DATA, Permission.READ_INDICATORS);
        assertThat(integrator.schools()).isEmpty();
        assertThat(as(integrator, () -> schools.list(SchoolFilter.all(), Sort.ascending(SchoolSortKey.NAME),
                PageRequest.first(5))).totalItems()).isBetween(18L, 22L);
    }

    @Test
    void the_demo_token_is_named_and_expires_two_years_after_start() {
        ApiToken token = as(Actor.system(), () -> access.listTokens(PageRequest.first(10))).items().stream()
                .filter(candidate -> candidate.name().equals(DemoAccess.INTEGRATOR_TOKEN_NAME)).findFirst().orElseThrow();

        assertThat(token.secretPrefix()).isEqualTo(DemoAccess.INTEGRATOR_TOKEN_SECRET.substring(0, 12));
        // Two years from the start of the loader, a moment before the token was created.
        assertThat(token.expiresAt()).isBetween(ApiToken.latestExpiry(token.createdAt()).minusSeconds(60),
                ApiToken.latestExpiry(token.createdAt()));
    }

    @Test
    void the_demo_administrator_signs_in_network_wide_and_a_wrong_password_is_refused() {
        SignInResult admin = authentication.signIn(DemoAccess.ADMIN_EMAIL, DemoAccess.ADMIN_PASSWORD);

        assertThat(admin).isInstanceOfSatisfying(SignInResult.SignedIn.class, signedIn -> {
            assertThat(signedIn.role()).isEqualTo(Role.ADMIN);
            assertThat(signedIn.displayName()).isEqualTo(DemoAccess.ADMIN_DISPLAY_NAME);
            assertThat(signedIn.actor().permissions()).contains(Permission.MANAGE_ACCESS);
            assertThat(signedIn.actor().schools()).isEmpty();
        });
        assertThat(authentication.signIn(DemoAccess.ADMIN_EMAIL, "not-the-demo-password"))
                .isInstanceOf(SignInResult.Refused.class);
        assertThat(authentication.signIn(DemoAccess.ADMIN_EMAIL, DemoAccess.ADMIN_PASSWORD))
                .isInstanceOf(SignInResult.SignedIn.class);
    }

    @Test
    void a_caller_nobody_identified_is_allowed_nothing() {
        assertThatThrownBy(() -> schools.list(SchoolFilter.all(), Sort.ascending(SchoolSortKey.NAME),
                PageRequest.first(5))).isInstanceOf(ForbiddenException.class);
    }

    private <T> T as(Actor actor, java.util.function.Supplier<T> work) {
        return currentActor.runAs(actor, work);
    }
}
