package org.tremplin.application.programme;

import org.tremplin.application.common.Page;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.common.Sort;
import org.tremplin.application.port.in.ProgrammeFilter;
import org.tremplin.application.port.in.ProgrammeSortKey;
import org.tremplin.domain.programme.Programme;
import org.tremplin.domain.programme.ProgrammeId;

/** Inbound port: the programmes the network teaches. */
public interface ProgrammeAdministration {
    Programme create(ProgrammeDetails details);

    Programme revise(ProgrammeId id, long version, ProgrammeDetails details);

    Programme get(ProgrammeId id);

    Page<Programme> list(ProgrammeFilter filter, Sort<ProgrammeSortKey> sort, PageRequest page);
}
