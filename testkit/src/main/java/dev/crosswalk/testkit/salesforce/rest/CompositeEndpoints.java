package dev.crosswalk.testkit.salesforce.rest;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crosswalk.testkit.salesforce.data.Transaction;
import dev.crosswalk.testkit.salesforce.http.ApiException;
import dev.crosswalk.testkit.salesforce.http.Call;
import dev.crosswalk.testkit.salesforce.http.Json;
import dev.crosswalk.testkit.salesforce.http.LocalExchange;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /composite} (up to 25 subrequests, {@code @{ref.path}} references, {@code allOrNone} rollback) and
 * {@code /composite/batch} (independent subrequests, {@code haltOnError}). Subrequests run in-process through the
 * same router as real requests.
 */
public final class CompositeEndpoints {

    static final int MAX_SUBREQUESTS = 25;
    private static final String BASE = "/services/data/v(?<version>\\d+\\.\\d+)/composite";
    private static final Pattern REFERENCE = Pattern.compile("@\\{([A-Za-z0-9_]+)((?:\\.[A-Za-z0-9_]+|\\[\\d+])*)}");
    private static final String HALTED = "The transaction was rolled back since another operation in the same transaction failed.";

    private final RestGate gate;
    private final Router router;

    public CompositeEndpoints(RestGate gate, Router router) {
        this.gate = gate;
        this.router = router;
    }

    public void register(Router routes) {
        routes.on("POST", BASE + "/?", this::composite)
                .on("POST", BASE + "/batch/?", this::batch);
    }

    private record SubResponse(int status, Map<String, String> headers, JsonNode body) {
    }

    private void composite(Call call) throws IOException {
        gate.admit(call);
        JsonNode request = SObjectEndpoints.jsonObject(call);
        JsonNode subrequests = request.path("compositeRequest");
        requireCount(subrequests);
        boolean allOrNone = request.path("allOrNone").asBoolean(false);
        String authorization = call.header("Authorization").orElse("");
        List<ObjectNode> responses = new ArrayList<>();
        Map<String, JsonNode> bodies = new HashMap<>();
        Map<String, Boolean> succeeded = new HashMap<>();
        boolean failed = false;
        try (Transaction transaction = Transaction.begin()) {
            for (JsonNode sub : subrequests) {
                String referenceId = sub.path("referenceId").asText("");
                if (allOrNone && failed) {
                    responses.add(item(halted(), Map.of(), 400, referenceId));
                    continue;
                }
                SubResponse response;
                try {
                    String url = resolve(sub.path("url").asText(""), bodies, succeeded, false);
                    String body = sub.hasNonNull("body") ? resolve(Json.MAPPER.writeValueAsString(sub.get("body")), bodies, succeeded, true) : null;
                    response = run(sub.path("method").asText("GET"), url, body, authorization, sub.path("httpHeaders"), false);
                } catch (ApiException e) {
                    response = new SubResponse(e.status(), Map.of(), Router.errorBody(e));
                }
                boolean ok = response.status() < 400;
                failed |= !ok;
                succeeded.put(referenceId, ok);
                bodies.put(referenceId, response.body());
                responses.add(item(withWarnings(response.body()), response.headers(), response.status(), referenceId));
            }
            if (allOrNone && failed) {
                transaction.rollback();
                for (int i = 0; i < responses.size(); i++) {
                    if (responses.get(i).path("httpStatusCode").asInt() < 400) {
                        responses.set(i, item(halted(), Map.of(), 400, responses.get(i).path("referenceId").asText()));
                    }
                }
            }
        }
        ObjectNode body = Json.object();
        ArrayNode list = body.putArray("compositeResponse");
        responses.forEach(list::add);
        call.json(200, body);
    }

    private void batch(Call call) throws IOException {
        gate.admit(call);
        JsonNode request = SObjectEndpoints.jsonObject(call);
        JsonNode subrequests = request.path("batchRequests");
        requireCount(subrequests);
        boolean haltOnError = request.path("haltOnError").asBoolean(false);
        String authorization = call.header("Authorization").orElse("");
        ObjectNode body = Json.object();
        ArrayNode results = Json.MAPPER.createArrayNode();
        boolean hasErrors = false;
        for (JsonNode sub : subrequests) {
            if (haltOnError && hasErrors) {
                results.addObject().put("statusCode", 412).set("result",
                        Router.errorBody("BATCH_PROCESSING_HALTED", "Batch processing halted per request"));
                continue;
            }
            String url = sub.path("url").asText("");
            url = url.startsWith("/") ? url : "/services/data/" + url;
            String input = sub.hasNonNull("richInput") ? Json.MAPPER.writeValueAsString(sub.get("richInput")) : null;
            SubResponse response;
            try {
                response = run(sub.path("method").asText("GET"), url, input, authorization, Json.object(), true);
            } catch (ApiException e) {
                response = new SubResponse(e.status(), Map.of(), Router.errorBody(e));
            }
            hasErrors |= response.status() >= 400;
            results.addObject().put("statusCode", response.status()).set("result", response.body());
        }
        body.put("hasErrors", hasErrors);
        body.set("results", results);
        call.json(200, body);
    }

    private static void requireCount(JsonNode subrequests) {
        if (!subrequests.isArray() || subrequests.isEmpty()) {
            throw new ApiException(400, "JSON_PARSER_ERROR", "The request must contain at least one subrequest");
        }
        if (subrequests.size() > MAX_SUBREQUESTS) {
            throw new ApiException(400, "LIMIT_EXCEEDED", "A maximum of " + MAX_SUBREQUESTS + " subrequests is allowed");
        }
    }

    private SubResponse run(String method, String url, String body, String authorization, JsonNode extraHeaders,
            boolean counted) throws IOException {
        if (!url.startsWith("/services/data/")) {
            throw new ApiException(400, "INVALID_API_INPUT", "The url must start with /services/data/: " + url);
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", authorization);
        headers.put("Content-Type", "application/json");
        extraHeaders.properties().forEach(e -> headers.put(e.getKey(), e.getValue().asText()));
        LocalExchange exchange = new LocalExchange(method.toUpperCase(java.util.Locale.ROOT), URI.create(url), headers,
                body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8), counted);
        router.handle(exchange);
        byte[] bytes = exchange.body();
        JsonNode parsed = bytes.length == 0 ? Json.MAPPER.nullNode() : Json.MAPPER.readTree(bytes);
        Map<String, String> responseHeaders = new LinkedHashMap<>();
        String location = exchange.getResponseHeaders().getFirst("Location");
        if (location != null) {
            responseHeaders.put("Location", location);
        }
        return new SubResponse(exchange.status(), responseHeaders, parsed);
    }

    /** Replaces {@code @{ref.path}} with values from earlier responses (JSON-escaped inside a body). */
    private static String resolve(String text, Map<String, JsonNode> bodies, Map<String, Boolean> succeeded, boolean json) {
        Matcher matcher = REFERENCE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String reference = matcher.group(1);
            JsonNode value = bodies.get(reference);
            if (value == null || !succeeded.getOrDefault(reference, false)) {
                throw new ApiException(400, "PROCESSING_HALTED", "Invalid reference specified. No value for " + reference
                        + matcher.group(2) + " found in " + reference + ". Provided referenceId ('" + reference
                        + "') must match a referenceId of a successful earlier subrequest.");
            }
            for (String step : matcher.group(2).split("(?=\\.)|(?=\\[)")) {
                if (step.isEmpty()) {
                    continue;
                }
                value = step.startsWith("[") ? value.path(Integer.parseInt(step.substring(1, step.length() - 1)))
                        : value.path(step.substring(1));
            }
            if (value.isMissingNode() || value.isNull()) {
                throw new ApiException(400, "PROCESSING_HALTED", "Invalid reference specified. No value for " + reference
                        + matcher.group(2) + " found in " + reference + ".");
            }
            String replacement = value.asText();
            if (json) {
                replacement = new String(JsonStringEncoder.getInstance().quoteAsString(replacement));
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static JsonNode withWarnings(JsonNode body) {
        if (body instanceof ObjectNode object && object.has("success") && !object.has("warnings")) {
            object.putArray("warnings");
        }
        return body;
    }

    private static JsonNode halted() {
        ArrayNode body = Json.MAPPER.createArrayNode();
        body.addObject().put("errorCode", "PROCESSING_HALTED").put("message", HALTED);
        return body;
    }

    private static ObjectNode item(JsonNode body, Map<String, String> headers, int status, String referenceId) {
        ObjectNode item = Json.object();
        item.set("body", body);
        ObjectNode httpHeaders = item.putObject("httpHeaders");
        headers.forEach(httpHeaders::put);
        return item.put("httpStatusCode", status).put("referenceId", referenceId);
    }
}
