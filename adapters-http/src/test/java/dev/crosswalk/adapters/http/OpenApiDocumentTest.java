package dev.crosswalk.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The served OpenAPI document describes exactly the routes the server has, with exactly the parameters they take. */
class OpenApiDocumentTest extends ApiTest {

    private static final Set<String> OPERATIONS = Set.of("get", "put", "post", "delete", "patch", "head", "options",
            "trace");
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");

    private JsonNode document;

    @BeforeEach
    void fetchTheDocument() throws Exception {
        document = okBody(get("/openapi.json", null));
    }

    @Test
    void isAnOpenApi31DocumentWithABearerSecurityScheme() {
        assertThat(document.get("openapi").asText()).isEqualTo("3.1.0");
        JsonNode scheme = document.at("/components/securitySchemes/apiKey");
        assertThat(scheme.get("type").asText()).isEqualTo("http");
        assertThat(scheme.get("scheme").asText()).isEqualTo("bearer");
        assertThat(document.at("/security/0").has("apiKey")).isTrue();
    }

    @Test
    void documentsEveryRouteAndRoutesEveryDocumentedOperation() {
        Set<String> routed = new TreeSet<>();
        for (Route route : server.routes()) {
            routed.add(route.method() + " " + route.path());
        }
        Set<String> documented = new TreeSet<>();
        document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            if (OPERATIONS.contains(operation.getKey())) {
                documented.add(operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey());
            }
        }));

        assertThat(documented).isEqualTo(routed);
    }

    @Test
    void documentsExactlyTheQueryAndPathParametersEachRouteTakes() {
        for (Route route : server.routes()) {
            JsonNode operation = document.get("paths").get(route.path()).get(route.method().toLowerCase(Locale.ROOT));
            Set<String> query = new TreeSet<>();
            Set<String> path = new TreeSet<>();
            Set<String> required = new TreeSet<>();
            for (JsonNode parameter : operation.path("parameters")) {
                JsonNode resolved = resolve(parameter);
                String name = resolved.get("name").asText();
                switch (resolved.get("in").asText()) {
                    case "query" -> query.add(name);
                    case "path" -> path.add(name);
                    default -> { } // headers (If-Match) are read by the route itself
                }
                if (resolved.path("required").asBoolean()) {
                    required.add(name);
                }
            }
            Set<String> takes = new TreeSet<>(route.parameters());
            if (route.openParameters().documentedAs() != null) {
                takes.add(route.openParameters().documentedAs());
            }
            Set<String> pathParameters = new TreeSet<>();
            Matcher matcher = PATH_PARAMETER.matcher(route.path());
            while (matcher.find()) {
                pathParameters.add(matcher.group(1));
            }

            assertThat(query).as("query parameters of %s", route).isEqualTo(takes);
            assertThat(path).as("path parameters of %s", route).isEqualTo(pathParameters);
            assertThat(required).as("required parameters of %s", route).containsAll(pathParameters);
            assertThat(required.contains("connection_id")).as("connection_id required on %s", route)
                    .isEqualTo(route.parameters().contains("connection_id"));
        }
    }

    @Test
    void needsTheKeyOnEveryOperationButTheOpenOnes() {
        for (Route route : server.routes()) {
            JsonNode operation = document.get("paths").get(route.path()).get(route.method().toLowerCase(Locale.ROOT));
            if (route.isOpen()) {
                assertThat(operation.get("security")).as("%s", route).isEmpty();
            } else {
                assertThat(operation.has("security")).as("%s", route).isFalse();
            }
        }
    }

    @Test
    void describesEveryErrorAsAProblemAndEveryReferenceResolves() {
        List<JsonNode> references = new ArrayList<>();
        collectReferences(document, references);

        assertThat(references).isNotEmpty();
        references.forEach(reference -> assertThat(document.at(reference.asText().substring(1)).isMissingNode())
                .as("%s resolves", reference.asText()).isFalse());
        document.at("/components/responses").properties().forEach(response ->
                assertThat(response.getValue().at("/content").has("application/problem+json"))
                        .as(response.getKey()).isTrue());
    }

    @Test
    void answersEveryDocumentedOperationFromARoute() throws Exception {
        Set<String> seen = new HashSet<>();
        for (var path : document.get("paths").properties()) {
            for (var operation : path.getValue().properties()) {
                String concrete = path.getKey().replace("{object}", "contact").replace("{id}", "003A");
                HttpResponse<String> response = send(operation.getKey().toUpperCase(Locale.ROOT), concrete + ACME,
                        FakeCrm.ACME_KEY, "application/yaml", operation.getKey().equals("get") ? null : "a: 1\n");

                assertThat(response.statusCode()).as("%s %s", operation.getKey(), concrete).isNotEqualTo(405);
                assertThat(response.body()).as("%s %s", operation.getKey(), concrete).doesNotContain("no-such-route");
                seen.add(operation.getKey() + " " + path.getKey());
            }
        }
        assertThat(seen).hasSameSizeAs(server.routes());
    }

    private JsonNode resolve(JsonNode node) {
        return node.has("$ref") ? document.at(node.get("$ref").asText().substring(1)) : node;
    }

    private static void collectReferences(JsonNode node, List<JsonNode> references) {
        if (node.has("$ref")) {
            references.add(node.get("$ref"));
        }
        node.forEach(child -> collectReferences(child, references));
    }
}
