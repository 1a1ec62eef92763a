package org.tremplin.archfixture.conforming.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.dom.Element;
import java.util.Optional;
import org.tremplin.archfixture.conforming.application.port.in.SchoolFilter;
import org.tremplin.archfixture.conforming.application.school.SchoolAdministration;
import org.tremplin.archfixture.conforming.domain.school.School;

/** Uses an inbound port and a filter record from port.out, sets text and a boolean property: all allowed. */
public class SchoolView extends Component {
    public SchoolView(SchoolAdministration schools) {
        super(new Element("section"));
        for (School school : schools.list(new SchoolFilter(Optional.empty()))) {
            getElement().appendChild(new Text(school.name()).getElement());
        }
        getElement().setProperty("hidden", false);
        getElement().setProperty("tabIndex", 0.0);
    }
}
