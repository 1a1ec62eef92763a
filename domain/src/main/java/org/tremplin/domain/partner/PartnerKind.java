package org.tremplin.domain.partner;

/** What sort of organisation a partner is. Companies and training operators must give a SIRET. */
public enum PartnerKind {
    REGION(false),
    DEPARTEMENT(false),
    TOWN(false),
    PUBLIC_EMPLOYMENT_SERVICE(false),
    STATE(false),
    LARGE_COMPANY(true),
    SME(true),
    START_UP(true),
    TRAINING_OPERATOR(true),
    ASSOCIATION(false),
    // Tech companies are often foreign groups with no French establishment of their own.
    TECH_COMPANY(false);

    private final boolean siretRequired;

    PartnerKind(boolean siretRequired) {
        this.siretRequired = siretRequired;
    }

    public boolean siretRequired() {
        return siretRequired;
    }

    public boolean isCompany() {
        return this == LARGE_COMPANY || this == SME || this == START_UP || this == TECH_COMPANY;
    }
}
