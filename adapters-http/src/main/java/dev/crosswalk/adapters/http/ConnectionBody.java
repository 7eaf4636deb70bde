package dev.crosswalk.adapters.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crosswalk.core.domain.Secret;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The JSON object a connection request carries, read strictly: only the members the route takes, text where text is
 * due, {@code settings} and {@code secret_settings} objects of text values. Every refusal is a 400 naming the member,
 * never a secret's value.
 */
final class ConnectionBody {

    private final JsonNode body;

    private ConnectionBody(JsonNode body) {
        this.body = body;
    }

    /**
     * @param body the request's JSON object
     * @param members the members the route takes
     * @throws ApiProblem 400 naming the members it does not take
     */
    static ConnectionBody of(JsonNode body, List<String> members) {
        Set<String> unknown = new TreeSet<>();
        body.fieldNames().forEachRemaining(name -> {
            if (!members.contains(name)) {
                unknown.add(name);
            }
        });
        if (!unknown.isEmpty()) {
            throw ApiProblem.badRequest("unknown members " + unknown + "; this request has " + members, members);
        }
        return new ConnectionBody(body);
    }

    /** @throws ApiProblem 400 when the member is missing, blank or not text */
    String text(String member) {
        return optionalText(member).orElseThrow(() -> ApiProblem.badRequest("'" + member + "' is required, as text"));
    }

    /** @throws ApiProblem 400 when the member is present but blank or not text */
    Optional<String> optionalText(String member) {
        JsonNode value = body.path(member);
        if (value.isMissingNode() || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            throw ApiProblem.badRequest("'" + member + "' must be non-blank text");
        }
        return Optional.of(value.asText().strip());
    }

    /** @return {@code settings}, or none when absent; @throws ApiProblem 400 unless an object of text values */
    Map<String, String> settings() {
        return textValues("settings", "setting ");
    }

    /**
     * @return {@code secret_settings}, or none when absent; @throws ApiProblem 400 unless an object of non-empty text
     *     values
     */
    Map<String, Secret> secretSettings() {
        Map<String, Secret> secrets = new LinkedHashMap<>();
        textValues("secret_settings", "secret setting ").forEach((name, value) -> {
            if (value.isEmpty()) {
                throw ApiProblem.badRequest("secret setting " + Quoted.of(name) + " must not be empty");
            }
            secrets.put(name, Secret.of(value));
        });
        return secrets;
    }

    private Map<String, String> textValues(String member, String oneOf) {
        Map<String, String> values = new LinkedHashMap<>();
        JsonNode given = body.path(member);
        if (!given.isMissingNode() && !given.isObject()) {
            throw ApiProblem.badRequest("'" + member + "' must be an object of text values");
        }
        for (var entry : given.properties()) {
            if (!entry.getValue().isTextual()) {
                throw ApiProblem.badRequest(oneOf + Quoted.of(entry.getKey()) + " must be text");
            }
            values.put(entry.getKey(), entry.getValue().asText());
        }
        return values;
    }

    /** @throws ApiProblem 400 unless the text is an absolute http(s) URL with a host */
    static URI httpUrl(String member, String given) {
        try {
            URI uri = new URI(given);
            if (uri.getHost() != null && List.of("http", "https").contains(uri.getScheme())) {
                return uri;
            }
        } catch (URISyntaxException malformed) {
            // reported below
        }
        throw ApiProblem.badRequest("'" + member + "' must be an absolute http(s) URL, was " + Quoted.of(given));
    }
}
