package org.tremplin.application.partner;

import java.util.Optional;
import org.tremplin.domain.partner.PartnerKind;

/** What an administrator types about a partner; the SIRET as printed, spaces allowed. */
public record PartnerDetails(String legalName, PartnerKind kind, Optional<String> siret) {
}
