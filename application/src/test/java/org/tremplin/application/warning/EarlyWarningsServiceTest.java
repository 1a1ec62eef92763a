package org.tremplin.application.warning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tremplin.domain.identity.Actor;
import org.tremplin.domain.identity.Permission;
import org.tremplin.domain.identity.Role;
import org.tremplin.domain.error.ForbiddenException;
import org.tremplin.application.common.Page;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.contract.AdjustableClock;
import org.tremplin.application.port.in.EarlyWarning;
import org.tremplin.application.port.in.WarningFilter;
import org.tremplin.application.port.in.WarningKind;
import org.tremplin.application.port.out.WarningQueries;
import org.tremplin.application.testing.TestUseCases;
import org.tremplin.domain.school.SchoolId;

class EarlyWarningsServiceTest {
    private static final SchoolId LILLE = new SchoolId(UUID.randomUUID());
    private static final SchoolId ROUBAIX = new SchoolId(UUID.randomUUID());
    private static final SchoolId NANTES = new SchoolId(UUID.randomUUID());

    private final RecordingQueries queries = new RecordingQueries();
    private TestUseCases useCases;
    private EarlyWarnings warnings;

    @BeforeEach
    void aService() {
        useCases = new TestUseCases();
        warnings = new EarlyWarningsService(queries, useCases.support());
    }

    @Test
    void a_funder_is_refused_the_warnings_which_name_learners() {
        useCases.callAs(new Actor("funder", Role.FUNDER_VIEWER.permissions(), Optional.empty()));

        assertThatThrownBy(() -> warnings.list(WarningFilter.all(), PageRequest.first(10)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> warnings.countByKind(WarningFilter.all()))
                .isInstanceOf(ForbiddenException.class);
        assertThat(queries.filters).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = Permission.class, names = {"READ_PERSONAL_DATA", "READ_CONTRACTS", "READ_OUTCOMES"})
    void each_of_what_a_warning_tells_must_be_readable(Permission missing) {
        EnumSet<Permission> permissions = EnumSet.allOf(Permission.class);
        permissions.remove(missing);
        useCases.callAs(new Actor("token", permissions, Optional.empty()));

        assertThatThrownBy(() -> warnings.list(WarningFilter.all(), PageRequest.first(10)))
                .isInstanceOf(ForbiddenException.class);
        assertThat(queries.filters).isEmpty();
    }

    @Test
    void a_school_manager_gets_the_warnings_of_their_schools_only() {
        useCases.callAs(manager(LILLE, ROUBAIX));

        warnings.list(WarningFilter.all(), PageRequest.first(10));
        warnings.list(new WarningFilter(Optional.of(Set.of(LILLE, NANTES)), Optional.empty()), PageRequest.first(10));

        assertThat(queries.filters).extracting(WarningFilter::schools)
                .containsExactly(Optional.of(Set.of(LILLE, ROUBAIX)), Optional.of(Set.of(LILLE)));
    }

    @Test
    void a_school_outside_the_scope_shows_nothing_and_asks_the_adapter_nothing() {
        useCases.callAs(manager(LILLE));
        WarningFilter nantes = new WarningFilter(Optional.of(Set.of(NANTES)),
                Optional.of(WarningKind.WORK_STUDY_WITHOUT_CONTRACT));

        assertThat(warnings.list(nantes, PageRequest.first(10)).totalItems()).isZero();
        assertThat(warnings.countByKind(nantes)).containsOnlyKeys(WarningKind.values()).allSatisfy(
                (kind, count) -> assertThat(count).isZero());
        assertThat(queries.filters).isEmpty();
    }

    @Test
    void the_network_wide_caller_keeps_the_filter_and_the_day_defaults_to_the_clocks() {
        useCases.callAs(new Actor("admin", Role.ADMIN.permissions(), Optional.empty()));
        WarningFilter filter = new WarningFilter(Optional.empty(), Optional.of(WarningKind.OUTCOME_OVERDUE_6_MONTHS));

        warnings.list(filter, PageRequest.first(10));
        warnings.countByKind(filter, LocalDate.of(2026, 1, 5));

        assertThat(queries.filters).containsExactly(filter, filter);
        assertThat(queries.days).containsExactly(LocalDate.ofInstant(AdjustableClock.START, useCases.clock().getZone()),
                LocalDate.of(2026, 1, 5));
    }

    private static Actor manager(SchoolId... schools) {
        return new Actor("manager", Role.SCHOOL_MANAGER.permissions(), Optional.of(Set.of(schools)));
    }

    /** Answers nothing, and remembers what it was asked. */
    private static final class RecordingQueries implements WarningQueries {
        final List<WarningFilter> filters = new ArrayList<>();
        final List<LocalDate> days = new ArrayList<>();

        @Override
        public Page<EarlyWarning> list(WarningFilter filter, LocalDate asOf, PageRequest page) {
            filters.add(filter);
            days.add(asOf);
            return new Page<>(List.of(), 0, page);
        }

        @Override
        public Map<WarningKind, Long> countByKind(WarningFilter filter, LocalDate asOf) {
            filters.add(filter);
            days.add(asOf);
            return new EnumMap<>(WarningKind.class);
        }
    }
}
