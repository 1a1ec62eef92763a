package org.tremplin.archfixture.coreusesframeworkannotations.application;

import com.vaadin.flow.component.Tag;

/** Violation: a Vaadin annotation on a command of the application layer. */
@Tag("open-school")
public record OpenSchool(String name) {
}
