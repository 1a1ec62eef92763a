package org.tremplin.domain.school;

import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.tremplin.domain.testdata.IdentifierContract;

@DisplayName("SchoolId")
class SchoolIdTest extends IdentifierContract<SchoolId> {
    @Override
    protected SchoolId of(UUID value) {
        return new SchoolId(value);
    }

    @Override
    protected SchoolId parse(String text) {
        return SchoolId.parse(text);
    }

    @Override
    protected UUID valueOf(SchoolId id) {
        return id.value();
    }

    @Override
    protected String field() {
        return "schoolId";
    }
}
