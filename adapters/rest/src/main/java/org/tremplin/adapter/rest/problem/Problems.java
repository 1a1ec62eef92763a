package org.tremplin.adapter.rest.problem;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import java.util.List;

/** Builds {@code application/problem+json} responses; the type URI names the code, so integrators can switch on it. */
public final class Problems {
    public static final MediaType PROBLEM_JSON = MediaType.of("application/problem+json");
    private static final String TYPE_BASE = "https://tremplin.example/problems/";

    private Problems() {
    }

    public static HttpResponse<ProblemDetails> of(HttpRequest<?> request, HttpStatus status, String code, String detail) {
        return of(request, status, code, detail, null);
    }

    public static HttpResponse<ProblemDetails> of(HttpRequest<?> request, HttpStatus status, String code, String detail,
                                                  List<ProblemDetails.InvalidField> errors) {
        return HttpResponse.<ProblemDetails>status(status).contentType(PROBLEM_JSON)
                .body(details(request == null ? null : request.getPath(), status, code, detail, errors));
    }

    /** The document itself; no {@code errors} member when there is none to name. */
    static ProblemDetails details(String path, HttpStatus status, String code, String detail,
                                  List<ProblemDetails.InvalidField> errors) {
        return new ProblemDetails(TYPE_BASE + code, status.getReason(), status.getCode(), detail, path, code,
                errors == null || errors.isEmpty() ? null : errors);
    }
}
