package org.tremplin.application.cohort;

import org.tremplin.domain.identity.Actor;
import org.tremplin.domain.identity.Permission;
import org.tremplin.domain.error.NotFoundException;
import org.tremplin.application.common.Page;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.common.Sort;
import org.tremplin.application.support.SchoolRecords;
import org.tremplin.application.support.UseCaseSupport;
import org.tremplin.application.support.VersionedRecords;
import org.tremplin.application.port.in.CohortFilter;
import org.tremplin.application.port.in.CohortSortKey;
import org.tremplin.application.port.out.Cohorts;
import org.tremplin.application.port.out.Programmes;
import org.tremplin.application.port.out.Schools;
import org.tremplin.domain.cohort.Cohort;
import org.tremplin.domain.cohort.CohortId;
import org.tremplin.domain.programme.Programme;
import org.tremplin.domain.programme.ProgrammeId;
import org.tremplin.domain.school.SchoolId;

public final class CohortAdministrationService implements CohortAdministration {
    private final Cohorts cohorts;
    private final VersionedRecords<Cohort, CohortId> records;
    private final Schools schools;
    private final Programmes programmes;
    private final UseCaseSupport support;

    public CohortAdministrationService(Cohorts cohorts, Schools schools, Programmes programmes, UseCaseSupport support) {
        this.cohorts = cohorts;
        this.records = SchoolRecords.cohorts(support, cohorts);
        this.schools = schools;
        this.programmes = programmes;
        this.support = support;
    }

    @Override
    public Cohort open(SchoolId school, ProgrammeId programme, CohortDetails details) {
        Actor actor = support.require(Permission.MANAGE_NETWORK);
        actor.requireSchool(school);
        return records.add("cohort.opened", () -> {
            schools.findById(school).orElseThrow(() -> new NotFoundException("school", school));
            Programme taught = programmes.findById(programme).orElseThrow(() -> new NotFoundException("programme", programme));
            return Cohort.open(new CohortId(support.newId()), school, taught, details.name(), details.startDate(),
                    details.seats());
        });
    }

    @Override
    public Cohort reschedule(CohortId id, long version, CohortDetails details) {
        return records.changeInScope(Permission.MANAGE_NETWORK, "cohort.rescheduled", id, version,
                current -> current.reschedule(details.name(), details.startDate(), details.seats()));
    }

    @Override
    public Cohort get(CohortId id) {
        return records.readInScope(Permission.READ_NETWORK, id);
    }

    @Override
    public Page<Cohort> list(CohortFilter filter, Sort<CohortSortKey> sort, PageRequest page) {
        return support.readWith(Permission.READ_NETWORK, actor -> cohorts.list(filter.scopedTo(actor), sort, page));
    }
}
