package org.tremplin.domain.error;

/** Well-formed values that a business rule refuses (an illegal transition, overlapping contracts...). */
public final class RuleViolationException extends TremplinException {
    public RuleViolationException(String code, String message) {
        super(code, null, message);
    }

    public RuleViolationException(String field, String code, String message) {
        super(code, field, message);
    }

    @Override
    public ErrorKind kind() {
        return ErrorKind.RULE_VIOLATED;
    }
}
