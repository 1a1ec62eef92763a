package org.tremplin.archfixture.misnamedexception.domain.error;

/** Violation: named like an exception but cannot be thrown. */
public record ValidationException(String code, String message) {
}
