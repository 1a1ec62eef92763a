package org.tremplin.domain.partner;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tremplin.domain.error.ErrorCodes;
import org.tremplin.domain.error.InvalidValueException;
import org.tremplin.domain.school.SchoolId;
import org.tremplin.domain.shared.Require;

/**
 * An organisation that works with the network: a region that funds, a company that hosts
 * apprentices or hires, the employment service that sources candidates. {@code engagements}
 * says which roles it plays for which school.
 */
public record Partner(
        PartnerId id,
        long version,
        String legalName,
        PartnerKind kind,
        Optional<Siret> siret,
        Map<SchoolId, Set<PartnerRole>> engagements) {

    public static final int LEGAL_NAME_MAX_LENGTH = 150;

    public Partner {
        Require.present(id, "id");
        legalName = Require.text(legalName, "legalName", LEGAL_NAME_MAX_LENGTH);
        Require.present(kind, "kind");
        Require.present(siret, "siret");
        if (kind.siretRequired() && siret.isEmpty()) {
            throw new InvalidValueException("siret", ErrorCodes.SIRET_REQUIRED,
                    "a partner of kind " + kind + " must have a siret");
        }
        Require.present(engagements, "engagements");
        var copy = new LinkedHashMap<SchoolId, Set<PartnerRole>>();
        engagements.forEach((school, roles) -> {
            Require.present(school, "engagements");
            copy.put(school, Set.copyOf(Require.notEmpty(roles, "roles")));
        });
        engagements = Map.copyOf(copy);
    }

    public static Partner register(PartnerId id, String legalName, PartnerKind kind, Optional<Siret> siret) {
        return new Partner(id, 0, legalName, kind, siret, Map.of());
    }

    public Partner amend(String newLegalName, PartnerKind newKind, Optional<Siret> newSiret) {
        return new Partner(id, version, newLegalName, newKind, newSiret, engagements);
    }

    /** Sets the roles this partner plays for a school; an empty set ends the engagement. */
    public Partner engage(SchoolId school, Set<PartnerRole> roles) {
        Require.present(school, "schoolId");
        Require.present(roles, "roles");
        var changed = new LinkedHashMap<>(engagements);
        if (roles.isEmpty()) {
            changed.remove(school);
        } else {
            changed.put(school, EnumSet.copyOf(roles));
        }
        return new Partner(id, version, legalName, kind, siret, changed);
    }

    public Set<PartnerRole> rolesAt(SchoolId school) {
        return engagements.getOrDefault(school, Set.of());
    }

    public boolean plays(PartnerRole role, SchoolId school) {
        return rolesAt(school).contains(role);
    }

    public Partner withVersion(long newVersion) {
        return new Partner(id, newVersion, legalName, kind, siret, engagements);
    }
}
