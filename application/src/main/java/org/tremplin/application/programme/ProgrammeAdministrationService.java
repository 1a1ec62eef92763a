package org.tremplin.application.programme;

import java.util.Optional;
import org.tremplin.domain.identity.Actor;
import org.tremplin.domain.identity.Permission;
import org.tremplin.application.common.InputCheck;
import org.tremplin.application.common.Page;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.common.Sort;
import org.tremplin.application.support.UseCaseSupport;
import org.tremplin.application.support.VersionedRecords;
import org.tremplin.application.port.in.ProgrammeFilter;
import org.tremplin.application.port.in.ProgrammeSortKey;
import org.tremplin.application.port.out.Programmes;
import org.tremplin.domain.programme.PhaseLengths;
import org.tremplin.domain.programme.Programme;
import org.tremplin.domain.programme.ProgrammeId;
import org.tremplin.domain.programme.RncpCode;
import org.tremplin.domain.shared.Require;

public final class ProgrammeAdministrationService implements ProgrammeAdministration {
    private static final String RECORD = "programme";
    private final Programmes programmes;
    private final VersionedRecords<Programme, ProgrammeId> records;
    private final UseCaseSupport support;

    public ProgrammeAdministrationService(Programmes programmes, UseCaseSupport support) {
        this.programmes = programmes;
        this.records = VersionedRecords.of(support, RECORD, programmes, Programme::id, Programme::version);
        this.support = support;
    }

    @Override
    public Programme create(ProgrammeDetails details) {
        requireManager();
        Programme programme = read(new ProgrammeId(support.newId()), 0, details);
        return records.add("programme.created", () -> programme);
    }

    @Override
    public Programme revise(ProgrammeId id, long version, ProgrammeDetails details) {
        requireManager();
        Programme revised = read(id, version, details);
        return records.change("programme.revised", () -> records.find(id), version,
                current -> current.revise(revised.title(), revised.rncpCode(), revised.level(), revised.phases()));
    }

    @Override
    public Programme get(ProgrammeId id) {
        return support.readWith(Permission.READ_NETWORK, _ -> records.find(id));
    }

    @Override
    public Page<Programme> list(ProgrammeFilter filter, Sort<ProgrammeSortKey> sort, PageRequest page) {
        return support.readWith(Permission.READ_NETWORK, _ -> programmes.list(filter, sort, page));
    }

    private void requireManager() {
        Actor actor = support.require(Permission.MANAGE_NETWORK);
        // Programmes are shared by every school: changing one is network-wide work.
        actor.requireWholeNetwork();
    }

    private static Programme read(ProgrammeId id, long version, ProgrammeDetails details) {
        var check = new InputCheck();
        String title = check.field(() -> Require.text(details.title(), "title", Programme.TITLE_MAX_LENGTH));
        Optional<RncpCode> code = check.field(() -> Require.present(details.rncpCode(), "rncpCode")
                .filter(text -> !text.isBlank()).map(RncpCode::new));
        Optional<Integer> level = check.field(() -> Require.present(details.level(), "level")
                .map(value -> Require.between(value, Programme.MIN_LEVEL, Programme.MAX_LEVEL, "level")));
        Integer centre = check.field(() -> Require.between(details.centreMonths()
                .orElse(PhaseLengths.ECOLE_IA.centreMonths()), 1, PhaseLengths.MAX_CENTRE_MONTHS, "centreMonths"));
        Integer workStudy = check.field(() -> Require.between(details.workStudyMonths()
                .orElse(PhaseLengths.ECOLE_IA.workStudyMonths()), 0, PhaseLengths.MAX_WORK_STUDY_MONTHS, "workStudyMonths"));
        check.complete();
        return new Programme(id, version, title, code, level, new PhaseLengths(centre, workStudy));
    }
}
