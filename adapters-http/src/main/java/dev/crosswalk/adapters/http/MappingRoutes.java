package dev.crosswalk.adapters.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dev.crosswalk.core.domain.MappingOverride;
import dev.crosswalk.core.domain.UnifiedObject;
import dev.crosswalk.core.port.in.ManageMappingOverridesUseCase;
import dev.crosswalk.core.port.in.MappingState;
import dev.crosswalk.core.port.in.OverrideLevel;
import dev.crosswalk.core.port.in.UseCaseException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /unified/crm/mappings/{contact|account|opportunity}}: a connection's mapping layers, and the tenant's
 * overrides at the {@code connection} layer (the default) or the {@code tenant} layer: read, set ({@code PUT}),
 * remove ({@code DELETE}), check without storing ({@code POST .../validate}), list every version
 * ({@code GET .../versions}) and restore one ({@code POST .../restore}).
 */
final class MappingRoutes {

    private static final String PATH = "/unified/crm/mappings/{object}";
    private static final Set<String> CONNECTION_ONLY = Set.of("connection_id");
    private static final Set<String> WITH_LEVEL = Set.of("connection_id", "level");
    private static final List<String> LEVELS = List.of("connection", "tenant");

    private final ManageMappingOverridesUseCase overrides;
    private final RequestBodies bodies;
    private final Replies replies;

    MappingRoutes(ManageMappingOverridesUseCase overrides, RequestBodies bodies, Replies replies) {
        this.overrides = overrides;
        this.bodies = bodies;
        this.replies = replies;
    }

    List<Route> routes() {
        return List.of(
                Route.of("GET", PATH, CONNECTION_ONLY, Route.OpenParameters.NONE, this::current),
                Route.of("PUT", PATH, WITH_LEVEL, Route.OpenParameters.NONE, this::set),
                Route.of("DELETE", PATH, WITH_LEVEL, Route.OpenParameters.NONE, this::remove),
                Route.of("POST", PATH + "/validate", WITH_LEVEL, Route.OpenParameters.NONE, this::validate),
                Route.of("GET", PATH + "/versions", WITH_LEVEL, Route.OpenParameters.NONE, this::history),
                Route.of("POST", PATH + "/restore", Set.of("connection_id", "level", "version"),
                        Route.OpenParameters.NONE, this::restore));
    }

    private void current(Call call) throws Exception {
        MappingState state = overrides.current(call.connection(), object(call));
        replies.ok(call.ctx(), new StateJson(state.object().singular(), new ConnectorJson(state.connectorDocument()),
                state.tenantOverride().map(VersionJson::of).orElse(null),
                state.connectionOverride().map(VersionJson::of).orElse(null)));
    }

    private void set(Call call) throws Exception {
        UnifiedObject object = object(call);
        OverrideLevel level = level(call);
        String document = bodies.document(call.ctx());
        int expected = expectedVersion(call);
        replies.ok(call.ctx(), VersionJson.of(preconditioned(call, () ->
                overrides.set(call.connection(), object, level, document, expected))));
    }

    private void remove(Call call) throws Exception {
        UnifiedObject object = object(call);
        OverrideLevel level = level(call);
        int expected = expectedVersion(call);
        replies.ok(call.ctx(), VersionJson.of(preconditioned(call, () ->
                overrides.remove(call.connection(), object, level, expected))));
    }

    private void validate(Call call) throws Exception {
        UnifiedObject object = object(call);
        String document = bodies.document(call.ctx());
        List<String> problems = overrides.validate(call.connection(), object, level(call), document);
        replies.ok(call.ctx(), new ValidationJson(problems.isEmpty(), problems));
    }

    private void history(Call call) throws Exception {
        UnifiedObject object = object(call);
        List<MappingOverride> history = overrides.history(call.connection(), object, level(call));
        // the version a change made with If-Match must be based on (0: the layer has none yet)
        call.ctx().header("ETag", "\"" + (history.isEmpty() ? 0 : history.get(0).version()) + "\"");
        replies.ok(call.ctx(), new ListJson<>(history.stream().map(VersionJson::of).toList(), null));
    }

    private void restore(Call call) throws Exception {
        UnifiedObject object = object(call);
        OverrideLevel level = level(call);
        int version = version(call);
        int expected = expectedVersion(call);
        replies.ok(call.ctx(), VersionJson.of(preconditioned(call, () ->
                overrides.restore(call.connection(), object, level, version, expected))));
    }

    /**
     * {@code If-Match: "3"} (the version as {@code GET .../versions} tags it; {@code "0"} for a layer with none yet;
     * {@code *} or no header for whatever is current).
     */
    private static int expectedVersion(Call call) {
        String raw = call.ctx().header("If-Match");
        if (raw == null || raw.isBlank() || raw.trim().equals("*")) {
            return ManageMappingOverridesUseCase.ANY_VERSION;
        }
        String tag = raw.trim();
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        try {
            int version = Integer.parseInt(tag);
            if (version >= 0) {
                return version;
            }
        } catch (NumberFormatException notAVersion) {
            // reported below
        }
        throw ApiProblem.badRequest("If-Match must be the version the change is based on, as GET .../versions tags"
                + " it (e.g. \"3\"; \"0\" when the layer has none yet), or *");
    }

    /** A change refused because the layer moved past the If-Match version is a failed precondition (412). */
    private static MappingOverride preconditioned(Call call, java.util.function.Supplier<MappingOverride> change) {
        try {
            return change.get();
        } catch (UseCaseException.OverrideConflict conflict) {
            if (call.ctx().header("If-Match") == null) {
                throw conflict;
            }
            throw new ApiProblem(412, "precondition-failed", "Precondition failed", conflict.getMessage());
        }
    }

    private static UnifiedObject object(Call call) {
        String name = call.pathParam("object");
        List<String> known = Arrays.stream(UnifiedObject.values()).map(UnifiedObject::singular).toList();
        return Arrays.stream(UnifiedObject.values())
                .filter(object -> object.singular().equals(name))
                .findFirst()
                .orElseThrow(() -> new ApiProblem(404, "no-such-unified-object", "No such unified object",
                        "there is no unified object " + Quoted.of(name) + "; mappings exist for "
                                + String.join(", ", known)).with("valid_values", known));
    }

    private static OverrideLevel level(Call call) {
        String raw = call.query().get("level").orElse("connection");
        if (!LEVELS.contains(raw)) {
            throw ApiProblem.badRequest("the query parameter 'level' must be 'connection' (the default: this"
                    + " connection alone) or 'tenant' (every connection of the connector kind)", LEVELS);
        }
        return OverrideLevel.valueOf(raw.toUpperCase(Locale.ROOT));
    }

    private int version(Call call) {
        Optional<Integer> fromQuery = call.query().get("version").map(raw -> positive(raw, "the query parameter"
                + " 'version'"));
        Optional<Integer> fromBody = bodies.jsonObject(call.ctx()).map(body -> {
            JsonNode version = body.get("version");
            if (body.size() != 1 || version == null || !version.canConvertToInt() || !version.isIntegralNumber()) {
                throw ApiProblem.badRequest("the body must be {\"version\": n}, n a whole number from 1");
            }
            return positive(version.asText(), "'version'");
        });
        if (fromQuery.isPresent() && fromBody.isPresent() && !fromQuery.equals(fromBody)) {
            throw ApiProblem.badRequest("the query says version " + fromQuery.get() + " and the body version "
                    + fromBody.get() + "; give it once");
        }
        return fromBody.or(() -> fromQuery).orElseThrow(() -> ApiProblem.badRequest(
                "say which version to restore: a body {\"version\": n} or the query parameter 'version'"));
    }

    private static int positive(String raw, String what) {
        try {
            int version = Integer.parseInt(raw);
            if (version >= 1) {
                return version;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw ApiProblem.badRequest(what + " must be a whole number from 1 (see GET .../versions)");
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record StateJson(String object, ConnectorJson connector, VersionJson tenant, VersionJson connection) {
    }

    record ConnectorJson(String document) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record VersionJson(String object, String level, int version, @JsonProperty("created_at") Instant createdAt,
            boolean removed, String document) {
        static VersionJson of(MappingOverride version) {
            return new VersionJson(version.object().singular(),
                    version.scope().connection().isPresent() ? "connection" : "tenant", version.version(),
                    version.createdAt(), version.document().isEmpty(), version.document().orElse(null));
        }
    }

    record ValidationJson(boolean valid, List<String> problems) {
    }
}
