package org.tremplin.adapter.rest.problem;

import org.tremplin.domain.error.ErrorCodes;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * Errors the framework raises before a controller runs (unknown route, unsupported media type,
 * malformed JSON, a query parameter of the wrong type) become problem documents too. Server
 * errors never show their cause: it may hold internals.
 */
@Singleton
final class FrameworkErrorProblems implements ErrorResponseProcessor<ProblemDetails> {

    @Override
    public MutableHttpResponse<ProblemDetails> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        HttpStatus status = response.getStatus();
        String code = codeOf(status);
        boolean serverError = status.getCode() >= 500;
        List<ProblemDetails.InvalidField> fields = serverError ? List.of() : context.getErrors().stream()
                .filter(error -> error.getPath().isPresent())
                .map(error -> new ProblemDetails.InvalidField(fieldName(error), code, error.getMessage()))
                .toList();
        String detail = serverError ? "Something went wrong on our side; it has been logged."
                : context.getErrors().stream().map(Error::getMessage).findFirst().orElse(status.getReason());
        return response.contentType(Problems.PROBLEM_JSON)
                .body(Problems.details(context.getRequest().getPath(), status, code, detail, fields));
    }

    private static String fieldName(Error error) {
        String path = error.getPath().orElse("request");
        return path.startsWith("/") ? path.substring(1) : path;
    }

    private static String codeOf(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> ErrorCodes.Requests.MALFORMED;
            case UNAUTHORIZED -> ErrorCodes.Requests.UNAUTHENTICATED;
            case FORBIDDEN -> ErrorCodes.Requests.FORBIDDEN;
            case NOT_FOUND -> ErrorCodes.Requests.ROUTE_NOT_FOUND;
            case METHOD_NOT_ALLOWED -> ErrorCodes.Requests.METHOD_NOT_ALLOWED;
            case NOT_ACCEPTABLE -> ErrorCodes.Requests.MEDIA_TYPE_NOT_ACCEPTABLE;
            case UNSUPPORTED_MEDIA_TYPE -> ErrorCodes.Requests.MEDIA_TYPE_UNSUPPORTED;
            case REQUEST_ENTITY_TOO_LARGE -> ErrorCodes.Requests.TOO_LARGE;
            default -> status.getCode() >= 500 ? ErrorCodes.Requests.SERVER_ERROR : ErrorCodes.Requests.REFUSED;
        };
    }
}
