package org.tremplin.domain.partner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PartnerKindTest {

    @ParameterizedTest(name = "{0}: SIRET required {1}, company {2}")
    @CsvSource({
            "REGION, false, false", "DEPARTEMENT, false, false", "TOWN, false, false",
            "PUBLIC_EMPLOYMENT_SERVICE, false, false", "STATE, false, false", "LARGE_COMPANY, true, true",
            "SME, true, true", "START_UP, true, true", "TRAINING_OPERATOR, true, false", "ASSOCIATION, false, false",
            "TECH_COMPANY, false, true"})
    void siretRequiredAndCompany(PartnerKind kind, boolean siretRequired, boolean company) {
        assertThat(kind.siretRequired()).isEqualTo(siretRequired);
        assertThat(kind.isCompany()).isEqualTo(company);
    }
}
