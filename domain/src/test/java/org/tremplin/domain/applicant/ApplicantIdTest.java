package org.tremplin.domain.applicant;

import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.tremplin.domain.testdata.IdentifierContract;

@DisplayName("ApplicantId")
class ApplicantIdTest extends IdentifierContract<ApplicantId> {
    @Override
    protected ApplicantId of(UUID value) {
        return new ApplicantId(value);
    }

    @Override
    protected ApplicantId parse(String text) {
        return ApplicantId.parse(text);
    }

    @Override
    protected UUID valueOf(ApplicantId id) {
        return id.value();
    }

    @Override
    protected String field() {
        return "applicantId";
    }
}
