package org.tremplin.application.school;

import java.time.LocalDate;
import java.util.Optional;
import org.tremplin.application.common.Page;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.common.Sort;
import org.tremplin.application.port.in.SchoolFilter;
import org.tremplin.application.port.in.SchoolSortKey;
import org.tremplin.domain.school.School;
import org.tremplin.domain.school.SchoolId;

/** Inbound port: the schools of the network. Every change names the version it was based on. */
public interface SchoolAdministration {
    School plan(SchoolDetails details, Optional<LocalDate> plannedOpening);

    School change(SchoolId id, long version, SchoolDetails details);

    School open(SchoolId id, long version, LocalDate on);

    School close(SchoolId id, long version, LocalDate on);

    School get(SchoolId id);

    Page<School> list(SchoolFilter filter, Sort<SchoolSortKey> sort, PageRequest page);
}
