package org.tremplin.domain.workstudy;

import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.tremplin.domain.testdata.IdentifierContract;

@DisplayName("ContractId")
class ContractIdTest extends IdentifierContract<ContractId> {
    @Override
    protected ContractId of(UUID value) {
        return new ContractId(value);
    }

    @Override
    protected ContractId parse(String text) {
        return ContractId.parse(text);
    }

    @Override
    protected UUID valueOf(ContractId id) {
        return id.value();
    }

    @Override
    protected String field() {
        return "contractId";
    }
}
