package org.tremplin.ui.testing;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * What the console's form tests do alike: find a field by its id, act on a grid row's buttons and
 * type a person's details into {@code PersonFields}. Kept here so that each test reads as its
 * story, and so that a change of how a field is found is made once.
 */
public abstract class FormTestSupport extends ConsoleTestSupport {

    protected Button button(String id) {
        return find(Button.class).withId(id).single();
    }

    protected TextField textField(String id) {
        return find(TextField.class).withId(id).single();
    }

    protected DatePicker datePicker(String id) {
        return find(DatePicker.class).withId(id).single();
    }

    @SuppressWarnings("unchecked")
    protected <T> Select<T> select(String id) {
        return find(Select.class).withId(id).single();
    }

    @SuppressWarnings("unchecked")
    protected <T> ComboBox<T> comboBox(String id) {
        return find(ComboBox.class).withId(id).single();
    }

    /** The first row of the grid that matches; a test that names a row expects it to be there. */
    protected <T> int rowWhere(Grid<T> grid, Predicate<T> matches, String described) {
        var rows = test(grid);
        for (int row = 0; row < rows.size(); row++) {
            if (matches.test(rows.getRow(row))) {
                return row;
            }
        }
        throw new AssertionError("no row for " + described);
    }

    /** Clicks the button of this CSS class among the row's actions (column key "actions"). */
    protected void clickInRow(Grid<?> grid, int row, String className) {
        Component actions = test(grid).getCellComponent(row, "actions");
        Button button = (Button) descendants(actions).filter(child -> child.getClassNames().contains(className))
                .findFirst().orElseThrow();
        test(button).click();
    }

    protected static Stream<Component> descendants(Component root) {
        return root.getChildren().flatMap(child -> Stream.concat(Stream.of(child), descendants(child)));
    }

    /**
     * Types what a person needs to be accepted into the {@code PersonFields} (of the people views) whose ids start with
     * this prefix; gender and diploma are chosen by their French labels, as a user would.
     */
    protected void fillPerson(String idPrefix, String given, String family, String email, String gender, LocalDate bornOn,
                    String diploma) {
        test(textField(idPrefix + "-given-name")).setValue(given);
        test(textField(idPrefix + "-family-name")).setValue(family);
        test(textField(idPrefix + "-email")).setValue(email);
        test(select(idPrefix + "-gender")).selectItem(gender);
        datePicker(idPrefix + "-date-of-birth").setValue(bornOn);
        test(select(idPrefix + "-diploma")).selectItem(diploma);
    }
}
