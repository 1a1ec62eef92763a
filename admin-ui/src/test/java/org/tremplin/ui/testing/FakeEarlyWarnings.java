package org.tremplin.ui.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.tremplin.application.common.Page;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.port.in.EarlyWarning;
import org.tremplin.application.port.in.WarningFilter;
import org.tremplin.application.port.in.WarningKind;
import org.tremplin.application.warning.EarlyWarnings;
import org.tremplin.domain.cohort.CohortId;
import org.tremplin.domain.learner.LearnerId;
import org.tremplin.domain.person.PersonName;
import org.tremplin.domain.school.SchoolId;

/** Warnings in a list, filtered, ordered and counted as the port promises; remembers the filters asked for. */
public final class FakeEarlyWarnings implements EarlyWarnings {
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private final List<EarlyWarning> warnings = new ArrayList<>();
    public final List<WarningFilter> filters = new CopyOnWriteArrayList<>();
    public final FakePages pages = new FakePages();

    public FakeEarlyWarnings add(WarningKind kind, String givenName, String familyName, SchoolId school, CohortId cohort,
                          LocalDate date) {
        warnings.add(new EarlyWarning(kind, new LearnerId(UUID.randomUUID()), new PersonName(givenName, familyName),
                school, cohort, date));
        return this;
    }

    @Override
    public Page<EarlyWarning> list(WarningFilter filter, LocalDate asOf, PageRequest page) {
        filters.add(filter);
        return pages.page(matching(filter).stream()
                .filter(warning -> filter.kind().map(kind -> kind == warning.kind()).orElse(true))
                .sorted(Comparator.comparing(EarlyWarning::kind).thenComparing(EarlyWarning::date))
                .toList(), page);
    }

    @Override
    public Page<EarlyWarning> list(WarningFilter filter, PageRequest page) {
        return list(filter, TODAY, page);
    }

    @Override
    public Map<WarningKind, Long> countByKind(WarningFilter filter, LocalDate asOf) {
        filters.add(filter);
        Map<WarningKind, Long> counts = new EnumMap<>(WarningKind.class);
        for (WarningKind kind : WarningKind.values()) {
            counts.put(kind, matching(filter).stream().filter(warning -> warning.kind() == kind).count());
        }
        return counts;
    }

    @Override
    public Map<WarningKind, Long> countByKind(WarningFilter filter) {
        return countByKind(filter, TODAY);
    }

    private List<EarlyWarning> matching(WarningFilter filter) {
        return warnings.stream()
                .filter(warning -> filter.schools().map(schools -> schools.contains(warning.schoolId())).orElse(true))
                .toList();
    }
}
