package org.tremplin.adapter.rest.partner;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A partner as an integrator writes it; the SIRET as printed, spaces allowed, required for companies. */
@Serdeable
public record PartnerBody(@Nullable String legalName, @Nullable String kind, @Nullable String siret) {
}
