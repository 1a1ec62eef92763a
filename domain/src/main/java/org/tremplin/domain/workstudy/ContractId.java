package org.tremplin.domain.workstudy;

import java.util.UUID;
import org.tremplin.domain.shared.Identifiers;

/** Identifies a work-study contract; assigned by the application, never by the database. */
public record ContractId(UUID value) {
    public ContractId {
        Identifiers.require(value, "contractId");
    }

    public static ContractId parse(String text) {
        return new ContractId(Identifiers.parse(text, "contractId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
