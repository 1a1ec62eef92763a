package org.tremplin.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** The OpenAPI document is generated from the code; this checks it describes exactly the routes served. */
class OpenApiDocumentSystemTest {
    private static final Set<String> HTTP_METHODS = Set.of("get", "post", "put", "patch", "delete");

    @Test
    @SuppressWarnings("unchecked")
    void the_document_is_openapi_3_1_and_lists_exactly_the_routes_the_server_answers() {
        Api.Reply document = Api.anonymous().get("/api/v1/openapi.yml");

        assertThat(document.status()).isEqualTo(200);
        assertThat(document.contentType()).startsWith("application/yaml");
        Map<String, Object> openApi = new Yaml().load(document.body());
        assertThat(String.valueOf(openApi.get("openapi"))).startsWith("3.1");

        Set<String> documented = new TreeSet<>();
        ((Map<String, Map<String, Object>>) openApi.get("paths")).forEach((path, operations) ->
                operations.keySet().stream().filter(HTTP_METHODS::contains)
                        .forEach(method -> documented.add(method.toUpperCase(Locale.ROOT) + " " + path)));

        assertThat(documented).isEqualTo(ApiRoutes.served());
        assertThat(documented).contains("GET /api/v1/schools", "POST /api/v1/learners/import",
                "GET /api/v1/changes", "GET /api/v1/indicators/network");
    }

    @Test
    @SuppressWarnings("unchecked")
    void every_indicator_route_documents_the_leaving_year_and_the_report_its_follow_ups() {
        Map<String, Object> openApi = new Yaml().load(Api.anonymous().get("/api/v1/openapi.yml").body());

        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) openApi.get("paths");
        Set<String> indicatorRoutes = new TreeSet<>(paths.keySet());
        indicatorRoutes.removeIf(path -> !path.startsWith("/api/v1/indicators/"));
        assertThat(indicatorRoutes).hasSize(5);
        for (String path : indicatorRoutes) {
            Map<String, Object> operation = (Map<String, Object>) paths.get(path).get("get");
            List<Map<String, Object>> parameters = (List<Map<String, Object>>) operation.get("parameters");
            assertThat(parameters).as(path).anySatisfy(parameter -> {
                assertThat(parameter.get("name")).isEqualTo("leaving-year");
                assertThat(parameter.get("in")).isEqualTo("query");
                assertThat(String.valueOf(parameter.get("description"))).contains("2024");
            });
        }
        Map<String, Map<String, Object>> schemas = (Map<String, Map<String, Object>>)
                ((Map<String, Object>) openApi.get("components")).get("schemas");
        Map<String, Object> report = (Map<String, Object>) schemas.get("IndicatorReportJson").get("properties");
        assertThat(report).containsKeys("followUps", "leavingYear", "healthDataShown");
        Map<String, Object> figures = (Map<String, Object>) schemas.get("EmploymentSnapshotJson").get("properties");
        assertThat(figures).containsKeys("employmentRate", "favourableRate", "shares", "selfEmployedShare",
                "coverage", "coverageLow", "leavingYears", "pooled");
        assertThat(String.valueOf(((Map<String, Object>) figures.get("employmentRate")).get("description")))
                .contains("InserJeunes");
    }

    @Test
    void swagger_ui_is_served_locally_without_a_token() {
        Api.Reply page = Api.anonymous().get("/api/v1/docs/index.html");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("swagger");
    }
}
