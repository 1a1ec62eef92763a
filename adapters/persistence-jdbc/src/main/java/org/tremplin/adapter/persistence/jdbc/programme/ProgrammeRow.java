package org.tremplin.adapter.persistence.jdbc.programme;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * @param updatedAt UTC, as text (see {@link org.tremplin.adapter.persistence.jdbc.support.UtcDateTimes})
 *     see {@link org.tremplin.adapter.persistence.jdbc.support.UtcDateTimes}
 */
@MappedEntity("programme")
record ProgrammeRow(@Id String id, long version, String title, @Nullable String rncpCode, @Nullable Integer level,
                    int centreMonths, int workStudyMonths,
                    String updatedAt) {
}
