package org.portico;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.portico.support.PorticoIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.yaml.snakeyaml.Yaml;

/**
 * Keeps {@code /openapi.yaml} in step with the application: every {@code /api/v1} handler
 * mapping is documented, and nothing is documented that the application no longer answers.
 * Endpoints are compared as {@code METHOD path}, path variables by position only, since the
 * document and the controllers may name them differently. Both lists are reported at once,
 * so one run shows everything to add and everything to remove.
 */
@PorticoIntegrationTest
class OpenApiDocumentIntegrationTests {

    private static final String PREFIX = "/api/v1/";

    private static final Set<String> OPERATIONS =
            Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    @Test
    void documentsEveryApiEndpointAndNothingElse() throws Exception {
        Set<String> served = servedEndpoints();
        Set<String> documented = documentedEndpoints();

        assertThat(served).as("/api/v1 handler mappings found").isNotEmpty();
        assertSoftly(softly -> {
            softly.assertThat(difference(served, documented))
                    .as("endpoints missing from /openapi.yaml").isEmpty();
            softly.assertThat(difference(documented, served))
                    .as("documented in /openapi.yaml but no longer served").isEmpty();
        });
    }

    @Test
    void describesEachOperationInOneLineWithItsSuccessAnswer() throws Exception {
        Set<String> undescribed = new TreeSet<>();
        paths(document()).forEach((path, item) -> operations(item).forEach((method, op) -> {
            if (!hasOneLineSummary(op) || !answersSuccess(op)) {
                undescribed.add(method.toUpperCase() + " " + path);
            }
        }));

        assertThat(undescribed)
                .as("operations without a one-line summary or a 2xx response").isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void answersEveryErrorWithTheSharedProblemSchema() throws Exception {
        Map<String, Object> document = document();
        Map<String, Object> shared = (Map<String, Object>) ((Map<String, Object>)
                document.get("components")).get("responses");
        Set<String> otherShapes = new TreeSet<>();
        paths(document).forEach((path, item) -> operations(item).forEach((method, op) ->
                ((Map<String, Object>) ((Map<?, ?>) op).get("responses")).forEach((code, r) -> {
                    if (!code.startsWith("2") && !isProblem(r, shared)) {
                        otherShapes.add(method.toUpperCase() + " " + path + " " + code);
                    }
                })));

        assertThat(otherShapes).as("error answers not in the Problem schema").isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static boolean isProblem(Object response, Map<String, Object> shared) {
        Map<String, Object> answer = (Map<String, Object>) response;
        Object ref = answer.get("$ref");
        if (ref != null) {
            String name = String.valueOf(ref).replace("#/components/responses/", "");
            return shared.containsKey(name) && isProblem(shared.get(name), shared);
        }
        Object content = answer.get("content");
        return content instanceof Map<?, ?> types
                && String.valueOf(types.get("application/problem+json"))
                        .contains("#/components/schemas/Problem");
    }

    private static boolean hasOneLineSummary(Object operation) {
        Object summary = ((Map<?, ?>) operation).get("summary");
        return summary instanceof String text && !text.isBlank() && !text.contains("\n");
    }

    private static boolean answersSuccess(Object operation) {
        Object responses = ((Map<?, ?>) operation).get("responses");
        return responses instanceof Map<?, ?> codes
                && codes.keySet().stream().anyMatch(code -> String.valueOf(code).startsWith("2"));
    }

    private Set<String> servedEndpoints() {
        return handlerMapping.getHandlerMethods().keySet().stream()
                .flatMap(OpenApiDocumentIntegrationTests::endpoints)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Stream<String> endpoints(RequestMappingInfo info) {
        Set<String> methods = info.getMethodsCondition().getMethods().stream()
                .map(RequestMethod::name).collect(Collectors.toSet());
        Set<String> anyMethod = Set.of("ANY");
        return info.getPatternValues().stream()
                .filter(pattern -> pattern.startsWith(PREFIX))
                .flatMap(pattern -> (methods.isEmpty() ? anyMethod : methods).stream()
                        .map(method -> method + " " + normalised(pattern)));
    }

    private Set<String> documentedEndpoints() throws Exception {
        Set<String> endpoints = new TreeSet<>();
        paths(document()).forEach((path, item) -> operations(item).keySet().forEach(
                method -> endpoints.add(method.toUpperCase() + " " + normalised(path))));
        return endpoints;
    }

    private Map<String, Object> document() throws Exception {
        String yaml = mvc.perform(get("/openapi.yaml"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return new Yaml().load(yaml);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> paths(Map<String, Object> document) {
        return (Map<String, Object>) document.get("paths");
    }

    private static Map<String, Object> operations(Object pathItem) {
        return ((Map<?, ?>) pathItem).entrySet().stream()
                .filter(entry -> OPERATIONS.contains(String.valueOf(entry.getKey())))
                .collect(Collectors.toMap(entry -> String.valueOf(entry.getKey()),
                        Map.Entry::getValue));
    }

    /** Path variables differ by name only; their position is what has to agree. */
    private static String normalised(String path) {
        return path.replaceAll("\\{[^}]*}", "{}");
    }

    private static Set<String> difference(Set<String> left, Set<String> right) {
        Set<String> rest = new TreeSet<>(left);
        rest.removeAll(right);
        return rest;
    }
}
