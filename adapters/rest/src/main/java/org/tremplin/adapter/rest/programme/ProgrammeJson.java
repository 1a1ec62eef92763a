package org.tremplin.adapter.rest.programme;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.tremplin.adapter.rest.support.RecordJson;
import org.tremplin.domain.programme.Programme;
import org.tremplin.domain.programme.RncpCode;

@Serdeable
public record ProgrammeJson(String id, long version, String title, @Nullable String rncpCode, @Nullable Integer level,
                            int centreMonths, int workStudyMonths) implements RecordJson {

    static ProgrammeJson of(Programme programme) {
        return new ProgrammeJson(programme.id().toString(), programme.version(), programme.title(),
                programme.rncpCode().map(RncpCode::value).orElse(null), programme.level().orElse(null),
                programme.phases().centreMonths(), programme.phases().workStudyMonths());
    }
}
