package org.tremplin.ui.people;

import com.vaadin.flow.component.combobox.ComboBox;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.tremplin.application.cohort.CohortAdministration;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.common.Sort;
import org.tremplin.application.port.in.CohortFilter;
import org.tremplin.application.port.in.CohortSortKey;
import org.tremplin.domain.cohort.Cohort;
import org.tremplin.domain.school.School;
import org.tremplin.domain.school.SchoolId;

/**
 * The cohorts a person may be placed in: those the caller sees (the use case narrows the list to a
 * manager's schools), read once, one page of at most {@link PageRequest#MAX_SIZE} as the console's
 * other reference lists (ADR 0009), newest first. Cohorts are named per school ("Promo 2025"), so
 * each choice says its school too; a combo box, so that typing a town finds them.
 */
final class CohortChoices {
    private final List<Cohort> cohorts;
    private final Map<SchoolId, String> schoolNames;

    CohortChoices(CohortAdministration cohorts, List<School> schools) {
        this.cohorts = cohorts.list(new CohortFilter(Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.empty()), Sort.descending(CohortSortKey.START_DATE),
                PageRequest.first(PageRequest.MAX_SIZE)).items();
        this.schoolNames = schools.stream().collect(Collectors.toUnmodifiableMap(School::id, School::name));
    }

    ComboBox<Cohort> field(String label) {
        ComboBox<Cohort> field = new ComboBox<>(label);
        field.setItems(cohorts);
        field.setItemLabelGenerator(this::label);
        field.setClearButtonVisible(true);
        return field;
    }

    /** "Promo 2025 · École IA Castelnau-le-Lez", or the cohort's name alone if its school is not known. */
    String label(Cohort cohort) {
        return Optional.ofNullable(schoolNames.get(cohort.schoolId())).map(school -> cohort.name() + " · " + school)
                .orElse(cohort.name());
    }
}
