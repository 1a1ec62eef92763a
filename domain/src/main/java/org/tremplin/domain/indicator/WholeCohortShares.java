package org.tremplin.domain.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The display over the whole cohort: every leaver in exactly one of three shares, which add up to
 * 100 %: in salaried employment, in further studies (a new work-study contract included), and
 * everything else (job seeking, inactive, self-employed, unknown). Each share is suppressed as any
 * rate is; the three percentages are rounded together so that, published, they still add up to 100.
 */
public record WholeCohortShares(long salaried, long furtherStudies, long other) {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int PERCENT_SCALE = 1;

    public WholeCohortShares {
        if (salaried < 0 || furtherStudies < 0 || other < 0) {
            throw new IllegalArgumentException("shares count people");
        }
    }

    public long leavers() {
        return salaried + furtherStudies + other;
    }

    public Rate salariedShare() {
        return new Rate(salaried, leavers());
    }

    public Rate furtherStudiesShare() {
        return new Rate(furtherStudies, leavers());
    }

    public Rate otherShare() {
        return new Rate(other, leavers());
    }

    /**
     * The three percentages (salaried, further studies, other) to one decimal, adding up to exactly
     * 100.0: each rounded down, then the tenths left over given to the largest remainders (the
     * earlier share on a tie). Empty when the shares are suppressed.
     */
    public Optional<List<BigDecimal>> percents() {
        if (salariedShare().isSuppressed()) {
            return Optional.empty();
        }
        long[] counts = {salaried, furtherStudies, other};
        BigDecimal whole = BigDecimal.valueOf(leavers());
        List<BigDecimal> floors = new ArrayList<>();
        List<BigDecimal> remainders = new ArrayList<>();
        for (long count : counts) {
            BigDecimal exact = BigDecimal.valueOf(count).multiply(HUNDRED).divide(whole, 10, RoundingMode.DOWN);
            BigDecimal floor = exact.setScale(PERCENT_SCALE, RoundingMode.DOWN);
            floors.add(floor);
            remainders.add(exact.subtract(floor));
        }
        BigDecimal tenth = BigDecimal.ONE.movePointLeft(PERCENT_SCALE);
        BigDecimal missing = HUNDRED.setScale(PERCENT_SCALE).subtract(floors.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
        int tenthsLeft = missing.divide(tenth, 0, RoundingMode.HALF_UP).intValueExact();
        List<Integer> byRemainder = IntStream.range(0, counts.length).boxed()
                .sorted(Comparator.comparing(remainders::get).reversed().thenComparing(Comparator.naturalOrder()))
                .toList();
        for (int i = 0; i < tenthsLeft; i++) {
            int index = byRemainder.get(i % counts.length);
            floors.set(index, floors.get(index).add(tenth));
        }
        return Optional.of(List.copyOf(floors));
    }
}
