package org.tremplin.domain.indicator;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import org.tremplin.domain.person.DisabilityStatus;
import org.tremplin.domain.person.InclusionProfile;

/** The share of each inclusion group within a population, every group present even when empty. */
final class Diversity {
    private Diversity() {
    }

    static <T> Map<InclusionGroup, Rate> among(Collection<T> people, Function<T, InclusionProfile> profile,
                                               Function<T, DisabilityStatus> disability,
                                               Function<T, LocalDate> measuredOn) {
        Map<InclusionGroup, Rate> shares = new EnumMap<>(InclusionGroup.class);
        for (InclusionGroup group : InclusionGroup.values()) {
            long members = people.stream()
                    .filter(person -> group.includes(profile.apply(person), disability.apply(person),
                            measuredOn.apply(person)))
                    .count();
            shares.put(group, new Rate(members, people.size()));
        }
        return Collections.unmodifiableMap(shares);
    }

    /**
     * Keeps the enum order of the groups, which {@code Map.copyOf} would lose. Every group has a
     * rate, but for the recognised-disability group, which is left out for readers not allowed to
     * read health data.
     */
    static Map<InclusionGroup, Rate> copyOf(Map<InclusionGroup, Rate> shares) {
        Map<InclusionGroup, Rate> copy = new EnumMap<>(InclusionGroup.class);
        copy.putAll(shares);
        copy.keySet().remove(InclusionGroup.RECOGNISED_DISABILITY);
        if (copy.size() != InclusionGroup.values().length - 1 || copy.containsValue(null)) {
            throw new IllegalArgumentException("diversity needs a rate for every inclusion group");
        }
        if (shares.get(InclusionGroup.RECOGNISED_DISABILITY) != null) {
            copy.put(InclusionGroup.RECOGNISED_DISABILITY, shares.get(InclusionGroup.RECOGNISED_DISABILITY));
        }
        return Collections.unmodifiableMap(copy);
    }

    /** The shares without the recognised-disability group: no count and no share of it. */
    static Map<InclusionGroup, Rate> withoutHealthData(Map<InclusionGroup, Rate> shares) {
        Map<InclusionGroup, Rate> copy = new EnumMap<>(InclusionGroup.class);
        copy.putAll(shares);
        copy.remove(InclusionGroup.RECOGNISED_DISABILITY);
        return Collections.unmodifiableMap(copy);
    }
}
