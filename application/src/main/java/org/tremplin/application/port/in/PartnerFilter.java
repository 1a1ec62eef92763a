package org.tremplin.application.port.in;

import org.tremplin.application.port.out.ChangeInstants;
import java.time.Instant;
import java.util.Optional;
import org.tremplin.domain.partner.PartnerKind;
import org.tremplin.domain.partner.PartnerRole;
import org.tremplin.domain.school.SchoolId;

/**
 * @param school partners engaged with this school
 * @param role partners playing this role (for {@code school} when given, for any school otherwise)
 * @param updatedSince only records created or changed at or after this instant (see {@link ChangeInstants})
 */
public record PartnerFilter(Optional<SchoolId> school, Optional<PartnerRole> role, Optional<PartnerKind> kind,
                            Optional<String> text, Optional<Instant> updatedSince) {
    public static PartnerFilter all() {
        return new PartnerFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
