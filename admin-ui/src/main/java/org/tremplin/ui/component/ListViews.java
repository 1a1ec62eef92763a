package org.tremplin.ui.component;

import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import java.util.List;
import java.util.Optional;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.common.Sort;
import org.tremplin.application.port.in.SchoolFilter;
import org.tremplin.application.port.in.SchoolSortKey;
import org.tremplin.application.school.SchoolAdministration;
import org.tremplin.domain.school.School;

/** What the read-only list views share: the grid's sort turned into the port's, a text filter, the school choices. */
public final class ListViews {
    private ListViews() {
    }

    /** The grid's first sort order as the port's sort key (the column's sort property is the key's name). */
    public static <K extends Enum<K>> Sort<K> sort(List<QuerySortOrder> orders, Class<K> keys, Sort<K> fallback) {
        if (orders.isEmpty()) {
            return fallback;
        }
        QuerySortOrder order = orders.getFirst();
        K key = Enum.valueOf(keys, order.getSorted());
        return order.getDirection() == SortDirection.DESCENDING ? Sort.descending(key) : Sort.ascending(key);
    }

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
