package org.tremplin.application.port.out;

import org.tremplin.application.port.in.ProgrammeFilter;
import org.tremplin.application.port.in.ProgrammeSortKey;
import org.tremplin.application.common.Page;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.common.Sort;
import org.tremplin.domain.programme.Programme;
import org.tremplin.domain.programme.ProgrammeId;

/** The programmes the network teaches. */
public interface Programmes extends Repository<Programme, ProgrammeId> {
    Page<Programme> list(ProgrammeFilter filter, Sort<ProgrammeSortKey> sort, PageRequest page);
}
