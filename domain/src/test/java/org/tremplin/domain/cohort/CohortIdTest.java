package org.tremplin.domain.cohort;

import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.tremplin.domain.testdata.IdentifierContract;

@DisplayName("CohortId")
class CohortIdTest extends IdentifierContract<CohortId> {
    @Override
    protected CohortId of(UUID value) {
        return new CohortId(value);
    }

    @Override
    protected CohortId parse(String text) {
        return CohortId.parse(text);
    }

    @Override
    protected UUID valueOf(CohortId id) {
        return id.value();
    }

    @Override
    protected String field() {
        return "cohortId";
    }
}
