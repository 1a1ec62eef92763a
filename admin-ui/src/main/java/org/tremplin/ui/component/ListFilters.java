package org.tremplin.ui.component;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.common.Sort;
import org.tremplin.application.port.in.SchoolFilter;
import org.tremplin.application.port.in.SchoolSortKey;
import org.tremplin.application.school.SchoolAdministration;
import org.tremplin.domain.school.School;

/** What the list views' filters share: a free text as the ports take it, the school choices. */
public final class ListFilters {
    private ListFilters() {
    }

    /**
     * Makes {@code field} a search box known by {@code id}: a magnifier, a clear button, and
     * {@code refresh} once the user pauses typing rather than at each key.
     */
    public static TextField search(TextField field, String id, Runnable refresh) {
        field.setPrefixComponent(VaadinIcon.SEARCH.create());
        field.setClearButtonVisible(true);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setId(id);
        field.addValueChangeListener(change -> refresh.run());
        return field;
    }

    /**
     * The same search box with no label of its own: {@code words} stand in it until the user types,
     * and name it to screen readers.
     */
    public static TextField search(TextField field, String words, String id, Runnable refresh) {
        field.setPlaceholder(words);
        field.setAriaLabel(words);
        return search(field, id, refresh);
    }

    /**
     * Makes {@code select} a filter that may be left on "all" (its empty choice): {@code items},
     * each named by {@code name}, under {@code label}, known by {@code id}.
     */
    public static <T> Select<T> anyOf(Select<T> select, String label, String id, List<T> items,
                                      Function<T, String> name) {
        select.setLabel(label);
        select.setItems(items);
        String any = select.getTranslation("filter.all");
        select.setItemLabelGenerator(chosen -> chosen == null ? any : name.apply(chosen));
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(any);
        select.setId(id);
        return select;
    }

    /** The field's text without its surrounding blanks, or nothing when that leaves nothing. */
    public static Optional<String> text(TextField field) {
        return Optional.of(field.getValue().strip()).filter(value -> !value.isEmpty());
    }

    /**
     * The schools a filter may offer: the first page of those the caller sees (the use case
     * narrows it to a manager's schools). A network has tens of schools, well under a page.
     */
    public static List<School> schools(SchoolAdministration schools) {
        return schools.list(SchoolFilter.all(), Sort.ascending(SchoolSortKey.NAME), PageRequest.first(PageRequest.MAX_SIZE))
                .items();
    }
}
