package org.tremplin.domain.outcome;

import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.tremplin.domain.testdata.IdentifierContract;

@DisplayName("OutcomeId")
class OutcomeIdTest extends IdentifierContract<OutcomeId> {
    @Override
    protected OutcomeId of(UUID value) {
        return new OutcomeId(value);
    }

    @Override
    protected OutcomeId parse(String text) {
        return OutcomeId.parse(text);
    }

    @Override
    protected UUID valueOf(OutcomeId id) {
        return id.value();
    }

    @Override
    protected String field() {
        return "outcomeId";
    }
}
