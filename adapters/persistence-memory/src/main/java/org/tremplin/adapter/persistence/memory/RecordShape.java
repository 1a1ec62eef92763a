package org.tremplin.adapter.persistence.memory;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/** How a store reads a record's identity and version, and what must stay unique among records. */
record RecordShape<I, T>(String recordType, Function<T, I> idOf, ToLongFunction<T> versionOf,
                         BiFunction<T, Long, T> withVersion, List<UniqueKey<T>> uniqueKeys) {
}
