package org.tremplin.adapter.rest.problem;

import org.tremplin.domain.error.ErrorCodes;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.util.List;
import org.tremplin.domain.error.ConflictException;
import org.tremplin.domain.error.InvalidValueException;
import org.tremplin.domain.error.TremplinException;

/**
 * Turns the application's refusals into problem documents. The messages are the domain's own,
 * which never carry personal data, so they can be shown as they are.
 */
@Singleton
@Produces
@Requires(classes = {TremplinException.class, ExceptionHandler.class})
public final class TremplinExceptionHandler implements ExceptionHandler<TremplinException, HttpResponse<ProblemDetails>> {

    @Override
    public HttpResponse<ProblemDetails> handle(HttpRequest request, TremplinException exception) {
        return switch (exception.kind()) {
            case INVALID -> Problems.of(request, HttpStatus.BAD_REQUEST, exception.code(), "Some values are invalid.",
                    invalidFields(exception));
            case RULE_VIOLATED -> Problems.of(request, HttpStatus.UNPROCESSABLE_ENTITY, exception.code(),
                    exception.getMessage(), fieldOf(exception));
            case NOT_FOUND -> Problems.of(request, HttpStatus.NOT_FOUND, exception.code(), exception.getMessage());
            case CONFLICT -> conflict(request, exception);
            case FORBIDDEN -> Problems.of(request, HttpStatus.FORBIDDEN, exception.code(), exception.getMessage());
            case UNAVAILABLE -> Problems.of(request, HttpStatus.SERVICE_UNAVAILABLE, exception.code(),
                    "The database is not answering; try again in a moment.");
        };
    }

    /** A stale version can only come from the request's If-Match: that precondition failed. */
    private static HttpResponse<ProblemDetails> conflict(HttpRequest<?> request, TremplinException exception) {
        if (ErrorCodes.STALE_VERSION.equals(exception.code())) {
            return Problems.of(request, HttpStatus.PRECONDITION_FAILED, exception.code(),
                    "The record changed since your copy (If-Match); read it again, then retry with its new ETag.");
        }
        return Problems.of(request, HttpStatus.CONFLICT, exception.code(), exception.getMessage(), fieldOf(exception));
    }

    /** The one field a refusal names, if it names one. */
    private static List<ProblemDetails.InvalidField> fieldOf(TremplinException exception) {
        return exception.field()
                .map(field -> List.of(new ProblemDetails.InvalidField(field, exception.code(), exception.getMessage())))
                .orElse(null);
    }

    private static List<ProblemDetails.InvalidField> invalidFields(TremplinException exception) {
        if (exception instanceof InvalidValueException invalid) {
            return invalid.violations().stream()
                    .map(violation -> new ProblemDetails.InvalidField(violation.field(), violation.code(), violation.message()))
                    .toList();
        }
        return List.of(new ProblemDetails.InvalidField(exception.field().orElse("request"), exception.code(),
                exception.getMessage()));
    }
}
