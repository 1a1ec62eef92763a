package org.tremplin.testdata;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import org.tremplin.domain.partner.Siret;

/**
 * A seeded source of randomness for one part of the demo network. Each part (the catalogue, the
 * partners, each cohort's people...) draws from its own stream, derived from the generator's seed
 * and the part's name, so that growing one part never reshuffles another.
 */
final class DemoRandom {
    private final SplittableRandom random;

    private DemoRandom(SplittableRandom random) {
        this.random = random;
    }

    static DemoRandom stream(long seed, String name) {
        UUID digest = UUID.nameUUIDFromBytes((seed + "/" + name).getBytes(StandardCharsets.UTF_8));
        return new DemoRandom(new SplittableRandom(digest.getMostSignificantBits() ^ digest.getLeastSignificantBits()));
    }

    /** A random UUID with the version 4 and IETF variant bits set, like {@code UUID.randomUUID()}. */
    UUID uuid() {
        long mostSignificant = (random.nextLong() & ~0xF000L) | 0x4000L;
        long leastSignificant = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(mostSignificant, leastSignificant);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** A whole number from {@code min} to {@code max}, both included. */
    int between(int min, int max) {
        return random.nextInt(min, max + 1);
    }

    double uniform(double min, double max) {
        return random.nextDouble(min, max);
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    <T> List<T> shuffled(List<T> values) {
        List<T> copy = new ArrayList<>(values);
        for (int i = copy.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T swapped = copy.get(i);
            copy.set(i, copy.get(j));
            copy.set(j, swapped);
        }
        return copy;
    }

    <T> T pick(Weights<T> weights) {
        return weights.at(random.nextDouble() * weights.total());
    }

    /**
     * A fictitious SIRET whose Luhn keys hold, as {@link org.tremplin.domain.partner.Siret} requires:
     * the SIREN starts with 000 so that it stands out as made up, and carries its own Luhn key as
     * real SIRENs do; then a four-digit establishment number and the SIRET's key.
     */
    String siret() {
        String siren = withLuhnKey("000" + digits(5));
        return withLuhnKey(siren + "%04d".formatted(between(1, 99) * 10));
    }

    private String digits(int count) {
        StringBuilder digits = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            digits.append((char) ('0' + random.nextInt(10)));
        }
        return digits.toString();
    }

    static String withLuhnKey(String digits) {
        return Siret.withLuhnKey(digits);
    }

    /** Values drawn in proportion to their weights. */
    static final class Weights<T> {
        private final List<T> values = new ArrayList<>();
        private final List<Double> cumulative = new ArrayList<>();
        private double total;

        static <T> Weights<T> of(T value, double weight) {
            return new Weights<T>().and(value, weight);
        }

        Weights<T> and(T value, double weight) {
            if (weight <= 0) {
                throw new IllegalArgumentException("a weight is positive: " + weight);
            }
            total += weight;
            values.add(value);
            cumulative.add(total);
            return this;
        }

        double total() {
            return total;
        }

        T at(double point) {
            for (int i = 0; i < values.size(); i++) {
                if (point < cumulative.get(i)) {
                    return values.get(i);
                }
            }
            return values.getLast();
        }
    }
}
