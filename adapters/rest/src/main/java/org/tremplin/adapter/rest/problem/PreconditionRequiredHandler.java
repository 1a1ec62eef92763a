package org.tremplin.adapter.rest.problem;

import org.tremplin.domain.error.ErrorCodes;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.tremplin.adapter.rest.support.EntityTags.PreconditionRequiredException;

@Singleton
@Produces
final class PreconditionRequiredHandler
        implements ExceptionHandler<PreconditionRequiredException, HttpResponse<ProblemDetails>> {

    @Override
    public HttpResponse<ProblemDetails> handle(HttpRequest request, PreconditionRequiredException exception) {
        return Problems.of(request, HttpStatus.PRECONDITION_REQUIRED, ErrorCodes.Requests.IF_MATCH_REQUIRED, exception.getMessage(),
                java.util.List.of(new ProblemDetails.InvalidField("If-Match", ErrorCodes.Requests.IF_MATCH_REQUIRED,
                        exception.getMessage())));
    }
}
