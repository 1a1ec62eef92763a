package org.tremplin.domain.funding;

import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.tremplin.domain.testdata.IdentifierContract;

@DisplayName("ParityRuleId")
class ParityRuleIdTest extends IdentifierContract<ParityRuleId> {
    @Override
    protected ParityRuleId of(UUID value) {
        return new ParityRuleId(value);
    }

    @Override
    protected ParityRuleId parse(String text) {
        return ParityRuleId.parse(text);
    }

    @Override
    protected UUID valueOf(ParityRuleId id) {
        return id.value();
    }

    @Override
    protected String field() {
        return "parityRuleId";
    }
}
