package org.tremplin.archfixture.applicationcycle.application.common;

import java.util.List;

/** Innocent: depends on nothing of the application. */
public record Page(List<String> items) {
}
