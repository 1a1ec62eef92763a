package org.tremplin.domain.partner;

import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.tremplin.domain.testdata.IdentifierContract;

@DisplayName("PartnerId")
class PartnerIdTest extends IdentifierContract<PartnerId> {
    @Override
    protected PartnerId of(UUID value) {
        return new PartnerId(value);
    }

    @Override
    protected PartnerId parse(String text) {
        return PartnerId.parse(text);
    }

    @Override
    protected UUID valueOf(PartnerId id) {
        return id.value();
    }

    @Override
    protected String field() {
        return "partnerId";
    }
}
