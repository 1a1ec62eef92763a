package org.tremplin.domain.learner;

import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.tremplin.domain.testdata.IdentifierContract;

@DisplayName("LearnerId")
class LearnerIdTest extends IdentifierContract<LearnerId> {
    @Override
    protected LearnerId of(UUID value) {
        return new LearnerId(value);
    }

    @Override
    protected LearnerId parse(String text) {
        return LearnerId.parse(text);
    }

    @Override
    protected UUID valueOf(LearnerId id) {
        return id.value();
    }

    @Override
    protected String field() {
        return "learnerId";
    }
}
