package org.tremplin.adapter.rest.docs;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The OpenAPI document, generated from the controllers at build time, and Swagger UI to browse
 * it: the only parts of the API open without a token, since they hold no data.
 */
@OpenAPIDefinition(
        info = @Info(title = "Tremplin API", version = "v1",
                description = "The integrators' API of the Tremplin school network: schools, programmes, cohorts, "
                        + "applicants, learners, partners, funding, work-study contracts, employment outcomes and "
                        + "indicators. Errors are RFC 9457 problem documents; changes need If-Match with the ETag "
                        + "read; POST accepts an Idempotency-Key.",
                license = @License(name = "EUPL-1.2")),
        security = {@SecurityRequirement(name = "token"), @SecurityRequirement(name = "administrator")})
@SecurityScheme(name = "token", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "An API token issued by an administrator")
@SecurityScheme(name = "administrator", type = SecuritySchemeType.HTTP, scheme = "basic",
        description = "An administrator's e-mail and password, to issue tokens")
@Controller("/api/v1")
@Hidden
public final class ApiDocumentation {
    /** Where the annotation processor writes the document (see the compiler arguments in the module's pom). */
    static final String DOCUMENT = "META-INF/swagger/openapi.yml";
    private static final String SWAGGER_UI = "META-INF/swagger/views/swagger-ui/";
    private static final Map<String, String> ASSET_TYPES = Map.of(
            "html", MediaType.TEXT_HTML, "js", "text/javascript", "css", "text/css", "png", "image/png",
            "json", MediaType.APPLICATION_JSON, "map", MediaType.APPLICATION_JSON);

    public static boolean isPublic(String path) {
        return path.equals("/api/v1/openapi.yml") || path.equals("/api/v1/docs") || path.startsWith("/api/v1/docs/");
    }

    @Get(value = "/openapi.yml", produces = "application/yaml")
    HttpResponse<byte[]> document() {
        return resource(DOCUMENT, "application/yaml");
    }

    @Get("/docs")
    HttpResponse<?> docs() {
        return HttpResponse.redirect(java.net.URI.create("/api/v1/docs/index.html"));
    }

    @Get("/docs/{asset}")
    HttpResponse<byte[]> page(@PathVariable String asset) {
        return asset(asset, "");
    }

    @Get("/docs/res/{asset}")
    HttpResponse<byte[]> script(@PathVariable String asset) {
        return asset(asset, "res/");
    }

    /** Only plain file names of known types: nothing else on the class path can be reached from here. */
    private static HttpResponse<byte[]> asset(String asset, String folder) {
        int dot = asset.lastIndexOf('.');
        String type = dot < 0 ? null : ASSET_TYPES.get(asset.substring(dot + 1));
        if (type == null || asset.contains("..") || asset.contains("/") || asset.contains("\\")) {
            return HttpResponse.notFound();
        }
        return resource(SWAGGER_UI + folder + asset, type);
    }

    private static HttpResponse<byte[]> resource(String path, String type) {
        try (InputStream in = ApiDocumentation.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                return HttpResponse.notFound();
            }
            return HttpResponse.ok(in.readAllBytes()).contentType(type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
