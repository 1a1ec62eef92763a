package org.tremplin.ui.view;

import com.vaadin.flow.component.combobox.ComboBox;
import java.util.List;
import java.util.Optional;
import org.tremplin.application.cohort.CohortAdministration;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.common.Sort;
import org.tremplin.application.port.out.CohortFilter;
import org.tremplin.application.port.out.CohortSortKey;
import org.tremplin.domain.cohort.Cohort;

/**
 * The cohorts a person may be placed in: those the caller sees (the use case narrows the list to a
 * manager's schools), read once, one page of at most {@link PageRequest#MAX_SIZE} as the console's
 * other reference lists (ADR 0009), newest first; a combo box so that typing a town finds them.
 */
final class CohortChoices {
    private CohortChoices() {
    }

    static List<Cohort> read(CohortAdministration cohorts) {
        return cohorts.list(new CohortFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty()), Sort.descending(CohortSortKey.START_DATE), PageRequest.first(PageRequest.MAX_SIZE))
                .items();
    }

    static ComboBox<Cohort> field(String label, List<Cohort> choices) {
        ComboBox<Cohort> field = new ComboBox<>(label);
        field.setItems(choices);
        field.setItemLabelGenerator(Cohort::name);
        field.setClearButtonVisible(true);
        return field;
    }
}
