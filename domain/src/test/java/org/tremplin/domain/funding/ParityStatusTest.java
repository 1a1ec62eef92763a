package org.tremplin.domain.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tremplin.domain.shared.Money;
import org.tremplin.domain.testdata.Ids;

@DisplayName("ParityStatus")
class ParityStatusTest {
    private static final ParityRule RULE = ParityRule.declare(Ids.parityRule(), Ids.school(), Optional.empty(),
            Ids.partner(1), Ids.partner(2));

    @Test
    @DisplayName("equal totals: honoured, no gap")
    void equal() {
        var status = new ParityStatus(RULE, Money.euros(500_000), Money.euros(500_000));

        assertThat(status.honoured()).isTrue();
        assertThat(status.gap()).isEqualTo(Money.ZERO);
    }

    @Test
    @DisplayName("one cent apart: not honoured, a one-cent gap")
    void oneCent() {
        var status = new ParityStatus(RULE, Money.ofCents(50_000_000), Money.ofCents(49_999_999));

        assertThat(status.honoured()).isFalse();
        assertThat(status.gap()).isEqualTo(Money.ofCents(1));
    }

    @Test
    @DisplayName("the gap is the same whichever funder is behind")
    void gapIsSymmetric() {
        var firstBehind = new ParityStatus(RULE, Money.euros(300_000), Money.euros(500_000));
        var secondBehind = new ParityStatus(RULE, Money.euros(500_000), Money.euros(300_000));

        assertThat(firstBehind.gap()).isEqualTo(Money.euros(200_000));
        assertThat(secondBehind.gap()).isEqualTo(Money.euros(200_000));
    }
}
