package org.tremplin.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tremplin.domain.error.ConflictException;
import org.tremplin.application.common.Page;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.common.Sort;
import org.tremplin.application.port.out.Repository;
import org.tremplin.application.port.in.SchoolFilter;
import org.tremplin.application.port.in.SchoolSortKey;
import org.tremplin.domain.school.Region;
import org.tremplin.domain.school.School;
import org.tremplin.domain.school.SchoolId;
import org.tremplin.domain.school.SchoolStatus;
import org.tremplin.domain.shared.Identifiers;

public abstract class SchoolsPortContract extends RepositoryPortContract<School, SchoolId> {
    protected SchoolsPortContract() {
        super(School::id, School::version, School::withVersion);
    }

    @Override
    protected Repository<School, SchoolId> repository() {
        return ports.schools();
    }

    @Override
    protected School newRecord() {
        return data.school();
    }

    @Override
    protected School changed(School school) {
        return school.open(LocalDate.of(2018, 10, 1));
    }

    @Override
    protected Optional<List<School>> listUpdatedSince(Instant since) {
        var filter = new SchoolFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(since));
        var sort = Sort.ascending(SchoolSortKey.NAME);
        return Optional.of(ports.schools().list(filter, sort, PageRequest.first(PageRequest.MAX_SIZE)).items());
    }

    @Test
    void keeps_every_field() {
        School open = data.school("École IA Castelnau-le-Lez", Region.OCCITANIE, "34").open(LocalDate.of(2018, 10, 1));
        School closed = data.school("École IA Ajaccio", Region.CORSE, "2A").open(LocalDate.of(2019, 1, 7))
                .close(LocalDate.of(2023, 6, 30));

        ports.schools().saveAll(java.util.List.of(open, closed));

        assertThat(ports.schools().findById(open.id())).contains(open.withVersion(1));
        assertThat(ports.schools().findById(closed.id())).contains(closed.withVersion(1));
    }

    @Test
    void a_school_name_is_taken_whatever_its_case_and_accents() {
        ports.schools().save(data.school("École IA Lyon", Region.AUVERGNE_RHONE_ALPES, "69"));

        assertThatThrownBy(() -> ports.schools().save(data.school("ecole ia lyon", Region.AUVERGNE_RHONE_ALPES, "69")))
                .isInstanceOfSatisfying(ConflictException.class, conflict -> {
                    assertThat(conflict.code()).isEqualTo("school.name-taken");
                    assertThat(conflict.field()).contains("name");
                });
    }

    @Test
    void lists_by_region_status_text_and_scope_with_totals() {
        School castelnau = ports.schools().save(data.school("École IA Castelnau", Region.OCCITANIE, "34")
                .open(LocalDate.of(2018, 10, 1)));
        School toulouse = ports.schools().save(data.school("École IA Toulouse", Region.OCCITANIE, "31"));
        School lille = ports.schools().save(data.school("École IA Lille", Region.HAUTS_DE_FRANCE, "59"));

        var byName = Sort.ascending(SchoolSortKey.NAME);
        assertThat(list(new SchoolFilter(Optional.empty(), Optional.of(Region.OCCITANIE), Optional.empty(),
                Optional.empty(), Optional.empty()), byName).items()).containsExactly(castelnau, toulouse);
        assertThat(list(new SchoolFilter(Optional.empty(), Optional.empty(), Optional.of(SchoolStatus.OPEN),
                Optional.empty(), Optional.empty()), byName).items()).containsExactly(castelnau);
        assertThat(list(new SchoolFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("LILLE"), Optional.empty()),
                byName).items()).containsExactly(lille);
        assertThat(list(new SchoolFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("ecole"), Optional.empty()),
                byName).totalItems()).isEqualTo(3);
        assertThat(list(new SchoolFilter(Optional.of(Set.of(lille.id(), toulouse.id())), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty()), Sort.descending(SchoolSortKey.NAME)).items())
                .containsExactly(toulouse, lille);
        assertThat(list(new SchoolFilter(Optional.of(Set.of()), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()),
                byName).items()).isEmpty();
    }

    @Test
    void sorts_absent_opening_dates_first_and_pages_without_gaps() {
        School planned = ports.schools().save(data.school("B planned", Region.BRETAGNE, "35"));
        School early = ports.schools().save(data.school("C early", Region.BRETAGNE, "29").open(LocalDate.of(2018, 1, 1)));
        School late = ports.schools().save(data.school("A late", Region.BRETAGNE, "56").open(LocalDate.of(2020, 1, 1)));

        Page<School> first = ports.schools().list(SchoolFilter.all(), Sort.ascending(SchoolSortKey.OPENED_ON),
                new PageRequest(0, 2));
        Page<School> second = ports.schools().list(SchoolFilter.all(), Sort.ascending(SchoolSortKey.OPENED_ON),
                new PageRequest(1, 2));

        assertThat(first.items()).containsExactly(planned, early);
        assertThat(first.totalItems()).isEqualTo(3);
        assertThat(first.hasNext()).isTrue();
        assertThat(second.items()).containsExactly(late);
        assertThat(second.hasNext()).isFalse();
    }

    @Test
    void equal_sort_keys_are_ordered_by_id_so_pages_are_stable() {
        var schools = new java.util.ArrayList<School>();
        for (int i = 0; i < 5; i++) {
            schools.add(ports.schools().save(data.school("Same " + i, Region.GRAND_EST, "67")));
        }
        schools.sort(java.util.Comparator.comparing(school -> school.id().value(), Identifiers.ORDER));

        var byRegion = Sort.ascending(SchoolSortKey.REGION);
        var pages = new java.util.ArrayList<School>();
        pages.addAll(ports.schools().list(SchoolFilter.all(), byRegion, new PageRequest(0, 2)).items());
        pages.addAll(ports.schools().list(SchoolFilter.all(), byRegion, new PageRequest(1, 2)).items());
        pages.addAll(ports.schools().list(SchoolFilter.all(), byRegion, new PageRequest(2, 2)).items());

        assertThat(pages).containsExactlyElementsOf(schools);
    }

    @Test
    void updated_since_combines_with_the_other_filters_and_the_scope() {
        School lyon = ports.schools().save(data.school("École IA Lyon", Region.AUVERGNE_RHONE_ALPES, "69"));
        School toulouse = ports.schools().save(data.school("École IA Toulouse", Region.OCCITANIE, "31"));
        Instant later = ports.clock().advance(Duration.ofHours(2));
        School montpellier = ports.schools().save(data.school("École IA Montpellier", Region.OCCITANIE, "34"));
        School lyonOpened = ports.schools().save(lyon.open(LocalDate.of(2019, 9, 2)));

        var byName = Sort.ascending(SchoolSortKey.NAME);
        assertThat(list(new SchoolFilter(Optional.empty(), Optional.of(Region.OCCITANIE), Optional.empty(),
                Optional.empty(), Optional.of(later)), byName).items()).containsExactly(montpellier);
        assertThat(list(new SchoolFilter(Optional.of(Set.of(lyon.id(), toulouse.id())), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(later)), byName).items()).containsExactly(lyonOpened);
        assertThat(list(new SchoolFilter(Optional.empty(), Optional.empty(), Optional.of(SchoolStatus.OPEN),
                Optional.of("lyon"), Optional.of(later)), byName).items()).containsExactly(lyonOpened);
        assertThat(list(new SchoolFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(later)), byName).totalItems()).isEqualTo(2);
        assertThat(list(new SchoolFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(later.plus(Duration.ofSeconds(1)))), byName).items()).isEmpty();
    }

    private Page<School> list(SchoolFilter filter, Sort<SchoolSortKey> sort) {
        return ports.schools().list(filter, sort, PageRequest.first(50));
    }
}
