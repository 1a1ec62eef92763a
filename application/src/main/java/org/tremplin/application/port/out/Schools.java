package org.tremplin.application.port.out;

import org.tremplin.application.port.in.SchoolFilter;
import org.tremplin.application.port.in.SchoolSortKey;
import org.tremplin.application.common.Page;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.common.Sort;
import org.tremplin.domain.school.School;
import org.tremplin.domain.school.SchoolId;

/** The schools of the network. A school's name is unique (code {@code school.name-taken}). */
public interface Schools extends Repository<School, SchoolId> {
    Page<School> list(SchoolFilter filter, Sort<SchoolSortKey> sort, PageRequest page);
}
