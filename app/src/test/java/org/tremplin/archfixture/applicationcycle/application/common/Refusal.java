package org.tremplin.archfixture.applicationcycle.application.common;

import org.tremplin.archfixture.applicationcycle.application.access.Caller;

/** ... -> access: a cycle. */
public record Refusal(Caller caller) {
}
