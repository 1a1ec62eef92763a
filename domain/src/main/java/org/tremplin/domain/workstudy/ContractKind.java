package org.tremplin.domain.workstudy;

/** The two French work-study contracts. */
public enum ContractKind {
    APPRENTICESHIP,
    PROFESSIONALISATION
}
