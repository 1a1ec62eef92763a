package org.tremplin.ui.component;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.school.SchoolAdministration;
import org.tremplin.domain.school.School;
import org.tremplin.domain.school.SchoolId;

/**
 * The schools an account or a token may be limited to: read once, one page of at most
 * {@link PageRequest#MAX_SIZE}, as the other reference lists of the console (ADR 0009).
 */
public final class SchoolChoices {
    private final Map<SchoolId, School> byId = new LinkedHashMap<>();

    public SchoolChoices(SchoolAdministration schools) {
        ListFilters.schools(schools).forEach(school -> byId.put(school.id(), school));
    }

    /** A multi-select of the schools, by name. */
    public MultiSelectComboBox<School> field(String label) {
        MultiSelectComboBox<School> field = new MultiSelectComboBox<>(label);
        field.setItems(byId.values());
        field.setItemLabelGenerator(School::name);
        return field;
    }

    /** The chosen schools, or empty for the whole network. */
    public static Optional<Set<SchoolId>> scope(Set<School> chosen) {
        return chosen.isEmpty() ? Optional.empty()
                : Optional.of(chosen.stream().map(School::id).collect(Collectors.toUnmodifiableSet()));
    }

    /** The schools of a scope that are among the choices; none for the whole network. */
    public Set<School> chosen(Optional<Set<SchoolId>> scope) {
        return scope.map(ids -> ids.stream().map(byId::get).filter(Objects::nonNull)
                .collect(Collectors.toUnmodifiableSet())).orElse(Set.of());
    }

    /** The names of a scope, or {@code network} when there is no limit. */
    public String names(Optional<Set<SchoolId>> scope, String network) {
        return scope.map(ids -> ids.stream()
                        .map(id -> Optional.ofNullable(byId.get(id)).map(School::name).orElse(id.toString()))
                        .sorted().collect(Collectors.joining(", ")))
                .orElse(network);
    }
}
