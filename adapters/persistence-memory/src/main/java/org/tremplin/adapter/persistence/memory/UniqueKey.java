package org.tremplin.adapter.persistence.memory;

import java.util.Optional;
import java.util.function.Function;

/**
 * A value no two records may share, as a unique index would enforce in a database.
 *
 * @param field the field reported in the conflict
 * @param valueOf the key of a record, or empty when the record has none (a partner without SIRET)
 */
record UniqueKey<T>(String field, Function<T, Optional<?>> valueOf) {
}
