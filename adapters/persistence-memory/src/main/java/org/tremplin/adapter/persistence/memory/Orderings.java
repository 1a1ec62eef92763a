package org.tremplin.adapter.persistence.memory;

import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.tremplin.application.common.Sort;
import org.tremplin.application.port.in.TextMatch;
import org.tremplin.domain.shared.Identifiers;

/**
 * Sorting and filtering as the MySQL adapter does them, so both adapters page identically:
 * text ignores case and accents, enums sort by their code, absent values come first in ascending
 * order, and equal keys fall back to the id.
 */
final class Orderings {
    private Orderings() {
    }

    static <T, K extends Enum<K>> Comparator<T> order(Sort<K> sort, Function<K, Comparator<T>> byKey,
                                                      Function<T, UUID> id) {
        Comparator<T> primary = byKey.apply(sort.key());
        if (!sort.isAscending()) {
            primary = primary.reversed();
        }
        return thenById(primary, id);
    }

    /** Records in id order, as the MySQL adapter's tie-break lists them. */
    static <T> Comparator<T> byId(Function<T, UUID> id) {
        return Comparator.comparing(id, Identifiers.ORDER);
    }

    /** {@code first}, then the id for records equal by it. */
    static <T> Comparator<T> thenById(Comparator<T> first, Function<T, UUID> id) {
        return first.thenComparing(id, Identifiers.ORDER);
    }

    static <T> Comparator<T> text(Function<T, String> value) {
        return Comparator.comparing(value.andThen(TextMatch::fold));
    }

    static <T> Comparator<T> code(Function<T, ? extends Enum<?>> value) {
        return Comparator.comparing(value.andThen(Enum::name));
    }

    static <T, V extends Comparable<? super V>> Comparator<T> optional(Function<T, Optional<V>> value) {
        Comparator<V> absentFirst = Comparator.nullsFirst(Comparator.<V>naturalOrder());
        return Comparator.comparing((T record) -> value.apply(record).orElse(null), absentFirst);
    }

    static <V> boolean within(Optional<Set<V>> allowed, V value) {
        return allowed.map(set -> set.contains(value)).orElse(true);
    }

    /**
     * Like {@link #within(Optional, Object)} for a value found in another store, looked up only when
     * the values are limited; a value not found is not within them.
     */
    static <V> boolean withinFound(Optional<Set<V>> allowed, Supplier<Optional<V>> lookUp) {
        return allowed.isEmpty() || lookUp.get().filter(allowed.get()::contains).isPresent();
    }

    static <V> boolean matches(Optional<V> wanted, V value) {
        return wanted.map(w -> w.equals(value)).orElse(true);
    }

    static <V extends Comparable<? super V>> boolean between(Optional<V> from, Optional<V> to, V value) {
        return from.map(f -> value.compareTo(f) >= 0).orElse(true) && to.map(t -> value.compareTo(t) <= 0).orElse(true);
    }
}
