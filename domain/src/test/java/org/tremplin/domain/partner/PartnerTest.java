package org.tremplin.domain.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.tremplin.domain.testdata.DomainAssertions.assertInvalid;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tremplin.domain.error.ErrorCodes;
import org.tremplin.domain.school.SchoolId;
import org.tremplin.domain.testdata.Ids;
import org.tremplin.domain.testdata.Partners;
import org.tremplin.domain.testdata.Sirets;

@DisplayName("Partner")
class PartnerTest {
    private static final SchoolId CASTELNAU = Ids.school(1);
    private static final SchoolId TOULOUSE = Ids.school(2);

    private static Partner withEngagements(Map<SchoolId, Set<PartnerRole>> engagements) {
        return new Partner(Ids.partner(), 0, "Région Occitanie", PartnerKind.REGION, Optional.empty(), engagements);
    }

    @Nested
    @DisplayName("registration")
    class Registration {
        @Test
        @DisplayName("starts unsaved, with no engagement, legal name trimmed")
        void register() {
            Partner partner = Partner.register(Ids.partner(), "  Région Occitanie ", PartnerKind.REGION,
                    Optional.empty());

            assertThat(partner.legalName()).isEqualTo("Région Occitanie");
            assertThat(partner.version()).isZero();
            assertThat(partner.engagements()).isEmpty();
            assertThat(partner.siret()).isEmpty();
        }

        @ParameterizedTest(name = "a {0} must give a SIRET")
        @EnumSource(value = PartnerKind.class, names = {"LARGE_COMPANY", "SME", "START_UP", "TRAINING_OPERATOR"})
        void siretRequired(PartnerKind kind) {
            var error = assertInvalid(() -> Partner.register(Ids.partner(), "Acme", kind, Optional.empty()),
                    ErrorCodes.SIRET_REQUIRED, "siret");

            assertThat(error).hasMessage("a partner of kind " + kind + " must have a siret");
            assertThat(Partner.register(Ids.partner(), "Acme", kind, Optional.of(Sirets.siret())).siret())
                    .contains(Sirets.siret());
        }

        @ParameterizedTest(name = "a {0} may give a SIRET or not")
        @EnumSource(value = PartnerKind.class, names = {"REGION", "DEPARTEMENT", "TOWN", "PUBLIC_EMPLOYMENT_SERVICE",
                "STATE", "ASSOCIATION", "TECH_COMPANY"})
        void siretOptional(PartnerKind kind) {
            assertThat(Partner.register(Ids.partner(), "Organisation", kind, Optional.empty()).siret()).isEmpty();
            assertThat(Partner.register(Ids.partner(), "Organisation", kind, Optional.of(Sirets.siret())).siret())
                    .contains(Sirets.siret());
        }

        @Test
        @DisplayName("accepts a 150-character legal name, refuses 151 and a blank one")
        void legalName() {
            String longest = "n".repeat(Partner.LEGAL_NAME_MAX_LENGTH);

            assertThat(Partner.register(Ids.partner(), longest, PartnerKind.STATE, Optional.empty()).legalName())
                    .hasSize(150);
            assertInvalid(() -> Partner.register(Ids.partner(), longest + "n", PartnerKind.STATE, Optional.empty()),
                    ErrorCodes.TOO_LONG, "legalName");
            assertInvalid(() -> Partner.register(Ids.partner(), " ", PartnerKind.STATE, Optional.empty()),
                    ErrorCodes.REQUIRED, "legalName");
        }

        @Test
        @DisplayName("refuses missing id, kind and SIRET Optional")
        void refusesMissingValues() {
            assertInvalid(() -> Partner.register(null, "Acme", PartnerKind.STATE, Optional.empty()),
                    ErrorCodes.REQUIRED, "id");
            assertInvalid(() -> Partner.register(Ids.partner(), "Acme", null, Optional.empty()),
                    ErrorCodes.REQUIRED, "kind");
            assertInvalid(() -> Partner.register(Ids.partner(), "Acme", PartnerKind.STATE, null),
                    ErrorCodes.REQUIRED, "siret");
            assertInvalid(() -> new Partner(Ids.partner(), 0, "Acme", PartnerKind.STATE, Optional.empty(), null),
                    ErrorCodes.REQUIRED, "engagements");
        }

        @Test
        @DisplayName("amend re-checks the SIRET against the new kind and keeps engagements")
        void amend() {
            Partner partner = Partners.region().engage(CASTELNAU, Set.of(PartnerRole.FUNDER)).withVersion(2);

            Partner amended = partner.amend("Occitanie / Pyrénées-Méditerranée", PartnerKind.REGION, Optional.empty());
            assertThat(amended.legalName()).isEqualTo("Occitanie / Pyrénées-Méditerranée");
            assertThat(amended.rolesAt(CASTELNAU)).containsExactly(PartnerRole.FUNDER);
            assertThat(amended.version()).isEqualTo(2);

            assertInvalid(() -> partner.amend("Acme", PartnerKind.SME, Optional.empty()), ErrorCodes.SIRET_REQUIRED,
                    "siret");
        }
    }

    @Nested
    @DisplayName("engagements")
    class Engagements {
        @Test
        @DisplayName("engage sets the roles played for one school only")
        void engage() {
            Partner partner = Partners.company().engage(CASTELNAU,
                    Set.of(PartnerRole.WORK_STUDY_HOST, PartnerRole.RECRUITER));

            assertThat(partner.rolesAt(CASTELNAU)).containsExactlyInAnyOrder(PartnerRole.WORK_STUDY_HOST,
                    PartnerRole.RECRUITER);
            assertThat(partner.plays(PartnerRole.WORK_STUDY_HOST, CASTELNAU)).isTrue();
            assertThat(partner.plays(PartnerRole.FUNDER, CASTELNAU)).isFalse();
            assertThat(partner.rolesAt(TOULOUSE)).isEmpty();
            assertThat(partner.plays(PartnerRole.WORK_STUDY_HOST, TOULOUSE)).isFalse();
        }

        @Test
        @DisplayName("engaging again replaces the roles for that school and leaves the others")
        void engageReplaces() {
            Partner partner = Partners.company()
                    .engage(CASTELNAU, Set.of(PartnerRole.WORK_STUDY_HOST))
                    .engage(TOULOUSE, Set.of(PartnerRole.TEACHING))
                    .engage(CASTELNAU, Set.of(PartnerRole.FUNDER));

            assertThat(partner.rolesAt(CASTELNAU)).containsExactly(PartnerRole.FUNDER);
            assertThat(partner.rolesAt(TOULOUSE)).containsExactly(PartnerRole.TEACHING);
        }

        @Test
        @DisplayName("engaging with no role ends the engagement with that school")
        void disengage() {
            Partner partner = Partners.company()
                    .engage(CASTELNAU, Set.of(PartnerRole.WORK_STUDY_HOST))
                    .engage(TOULOUSE, Set.of(PartnerRole.TEACHING))
                    .engage(CASTELNAU, Set.of());

            assertThat(partner.engagements()).containsOnlyKeys(TOULOUSE);
            assertThat(partner.rolesAt(CASTELNAU)).isEmpty();
        }

        @Test
        @DisplayName("disengaging a school never engaged changes nothing")
        void disengageUnknown() {
            Partner partner = Partners.company().engage(CASTELNAU, Set.of(PartnerRole.RECRUITER));

            assertThat(partner.engage(TOULOUSE, Set.of()).engagements()).isEqualTo(partner.engagements());
        }

        @Test
        @DisplayName("engage refuses a missing school or role set")
        void engageRefusesMissing() {
            Partner partner = Partners.company();

            assertInvalid(() -> partner.engage(null, Set.of(PartnerRole.FUNDER)), ErrorCodes.REQUIRED, "schoolId");
            assertInvalid(() -> partner.engage(CASTELNAU, null), ErrorCodes.REQUIRED, "roles");
        }

        @Test
        @DisplayName("the constructor refuses a school with an empty role set")
        void constructorRefusesEmptyRoles() {
            var error = assertInvalid(() -> withEngagements(Map.of(CASTELNAU, Set.of())), ErrorCodes.REQUIRED,
                    "roles");

            assertThat(error).hasMessage("roles needs at least one value");
        }

        @Test
        @DisplayName("the constructor refuses a missing school")
        void constructorRefusesMissingSchool() {
            Map<SchoolId, Set<PartnerRole>> engagements = new HashMap<>();
            engagements.put(null, Set.of(PartnerRole.FUNDER));

            assertInvalid(() -> withEngagements(engagements), ErrorCodes.REQUIRED, "engagements");
        }

        @Test
        @DisplayName("keeps its own unmodifiable copy of the engagements")
        void defensiveCopies() {
            Set<PartnerRole> roles = EnumSet.of(PartnerRole.FUNDER);
            Map<SchoolId, Set<PartnerRole>> engagements = new HashMap<>(Map.of(CASTELNAU, roles));
            Partner partner = withEngagements(engagements);

            roles.add(PartnerRole.TEACHING);
            engagements.put(TOULOUSE, Set.of(PartnerRole.TEACHING));

            assertThat(partner.rolesAt(CASTELNAU)).containsExactly(PartnerRole.FUNDER);
            assertThat(partner.engagements()).containsOnlyKeys(CASTELNAU);
            assertThatExceptionOfType(UnsupportedOperationException.class)
                    .isThrownBy(() -> partner.engagements().remove(CASTELNAU));
            assertThatExceptionOfType(UnsupportedOperationException.class)
                    .isThrownBy(() -> partner.rolesAt(CASTELNAU).add(PartnerRole.TEACHING));
        }

        @Test
        @DisplayName("engage copies the roles it is given")
        void engageCopiesRoles() {
            Set<PartnerRole> roles = EnumSet.of(PartnerRole.FUNDER);
            Partner partner = Partners.region().engage(CASTELNAU, roles);

            roles.add(PartnerRole.TEACHING);

            assertThat(partner.rolesAt(CASTELNAU)).containsExactly(PartnerRole.FUNDER);
        }

        @Test
        @DisplayName("withVersion keeps the engagements")
        void withVersion() {
            Partner partner = Partners.region().engage(CASTELNAU, Set.of(PartnerRole.FUNDER));

            assertThat(partner.withVersion(6).version()).isEqualTo(6);
            assertThat(partner.withVersion(6).engagements()).isEqualTo(partner.engagements());
        }
    }
}
