package org.tremplin.domain.programme;

import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.tremplin.domain.testdata.IdentifierContract;

@DisplayName("ProgrammeId")
class ProgrammeIdTest extends IdentifierContract<ProgrammeId> {
    @Override
    protected ProgrammeId of(UUID value) {
        return new ProgrammeId(value);
    }

    @Override
    protected ProgrammeId parse(String text) {
        return ProgrammeId.parse(text);
    }

    @Override
    protected UUID valueOf(ProgrammeId id) {
        return id.value();
    }

    @Override
    protected String field() {
        return "programmeId";
    }
}
