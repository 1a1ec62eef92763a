package org.tremplin.ui.testing;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.tremplin.application.common.InputCheck;
import org.tremplin.application.common.Page;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.common.Sort;
import org.tremplin.application.port.in.ProgrammeFilter;
import org.tremplin.application.port.in.ProgrammeSortKey;
import org.tremplin.application.programme.ProgrammeAdministration;
import org.tremplin.application.programme.ProgrammeDetails;
import org.tremplin.domain.programme.PhaseLengths;
import org.tremplin.domain.programme.Programme;
import org.tremplin.domain.programme.ProgrammeId;
import org.tremplin.domain.programme.RncpCode;
import org.tremplin.domain.shared.Require;

/**
 * Programmes in a list, listed by title; changes go through the domain's checks (all fields at
 * once, as the use case reads them) and name their version. {@link #reviseElsewhere} plays
 * someone else saving first.
 */
public final class FakeProgrammeAdministration implements ProgrammeAdministration {
    private final FakeRecords<Programme, ProgrammeId> programmes =
            new FakeRecords<>("programme", Programme::id, Programme::version, Programme::withVersion);

    public FakeProgrammeAdministration add(String title, String rncp) {
        programmes.add(Programme.create(new ProgrammeId(UUID.randomUUID()), title,
                Optional.ofNullable(rncp).map(RncpCode::new), Optional.of(5), PhaseLengths.ECOLE_IA));
        return this;
    }

    public Programme titled(String title) {
        return programmes.first(programme -> programme.title().equals(title));
    }

    public void reviseElsewhere(String title, String newTitle) {
        Programme programme = titled(title);
        programmes.save(programme.revise(newTitle, programme.rncpCode(), programme.level(), programme.phases()));
    }

    @Override
    public Programme create(ProgrammeDetails details) {
        return programmes.add(read(new ProgrammeId(UUID.randomUUID()), 0, details));
    }

    @Override
    public Programme revise(ProgrammeId id, long version, ProgrammeDetails details) {
        Programme revised = read(id, version, details);
        return programmes.update(id, version, current -> revised);
    }

    @Override
    public Programme get(ProgrammeId id) {
        return programmes.get(id);
    }

    @Override
    public Page<Programme> list(ProgrammeFilter filter, Sort<ProgrammeSortKey> sort, PageRequest page) {
        Comparator<Programme> order = Comparator.comparing(Programme::title);
        List<Programme> matching = programmes.stream()
                .filter(programme -> filter.text().map(text -> programme.title().toLowerCase(Locale.ROOT)
                        .contains(text.toLowerCase(Locale.ROOT))).orElse(true))
                .sorted(sort.isAscending() ? order : order.reversed())
                .toList();
        return programmes.page(matching, page);
    }

    private static Programme read(ProgrammeId id, long version, ProgrammeDetails details) {
        var check = new InputCheck();
        String title = check.field(() -> Require.text(details.title(), "title", Programme.TITLE_MAX_LENGTH));
        Optional<RncpCode> code = check.field(() -> details.rncpCode().filter(text -> !text.isBlank()).map(RncpCode::new));
        Optional<Integer> level = check.field(() -> details.level()
                .map(value -> Require.between(value, Programme.MIN_LEVEL, Programme.MAX_LEVEL, "level")));
        Integer centre = check.field(() -> Require.between(details.centreMonths().orElse(7), 1,
                PhaseLengths.MAX_CENTRE_MONTHS, "centreMonths"));
        Integer workStudy = check.field(() -> Require.between(details.workStudyMonths().orElse(12), 0,
                PhaseLengths.MAX_WORK_STUDY_MONTHS, "workStudyMonths"));
        check.complete();
        return new Programme(id, version, title, code, level, new PhaseLengths(centre, workStudy));
    }
}
