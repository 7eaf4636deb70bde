package dev.crosswalk.testkit.salesforce.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crosswalk.emulator.support.FaultPlan;
import dev.crosswalk.emulator.support.GrantCounts;
import dev.crosswalk.emulator.support.RequestLog;
import dev.crosswalk.testkit.salesforce.Fault;
import dev.crosswalk.testkit.salesforce.http.Call;
import dev.crosswalk.testkit.salesforce.http.Json;
import dev.crosswalk.testkit.salesforce.oauth.Sessions;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/**
 * The test control API under {@value #PREFIX}, for tests and tools outside the JVM (documented in the testkit README):
 * request counts per route and token grants per grant type, expiring every session, revoking a refresh token, adding
 * and clearing faults. Registered only when enabled; its own requests are neither counted nor faulted.
 */
public final class ControlEndpoints {

    public static final String PREFIX = "/__emulator";

    private final Sessions sessions;
    private final RequestLog log;
    private final GrantCounts grants;
    private final FaultPlan<Fault> faults;

    public ControlEndpoints(Sessions sessions, RequestLog log, GrantCounts grants, FaultPlan<Fault> faults) {
        this.sessions = sessions;
        this.log = log;
        this.grants = grants;
        this.faults = faults;
    }

    public void register(Router router) {
        router.on("GET", PREFIX + "/requests", this::requests)
                .on("DELETE", PREFIX + "/requests", this::clearRequests)
                .on("POST", PREFIX + "/sessions/expire", this::expireSessions)
                .on("POST", PREFIX + "/refresh-tokens/revoke", this::revokeRefreshToken)
                .on("POST", PREFIX + "/faults", this::addFault)
                .on("DELETE", PREFIX + "/faults", this::clearFaults);
    }

    /** {@code {"total": n, "routes": {"GET /services/...": n}, "token_grants": {"refresh_token": n}}} */
    private void requests(Call call) throws IOException {
        Map<String, Integer> routes = new TreeMap<>();
        log.requests().forEach(request -> routes.merge(request.method() + " " + request.path(), 1, Integer::sum));
        ObjectNode body = Json.object().put("total", log.size());
        routes.forEach(body.putObject("routes")::put);
        grants.snapshot().forEach(body.putObject("token_grants")::put);
        call.json(200, body);
    }

    private void clearRequests(Call call) throws IOException {
        log.clear();
        grants.clear();
        call.empty(204);
    }

    private void expireSessions(Call call) throws IOException {
        sessions.expireAll();
        call.empty(204);
    }

    /** Body {@code {"token": "..."}}: the refresh token and the access tokens issued from it stop working. */
    private void revokeRefreshToken(Call call) throws IOException {
        String token = body(call).path("token").asText("");
        if (token.isEmpty() || !sessions.revoke(token)) {
            call.json(404, Json.object().put("error", "no such refresh token"));
            return;
        }
        call.empty(204);
    }

    /**
     * Body {@code {"kind": "status"|"latency"|"reset"|"daily_limit"|"concurrent_limit"|"revoke_token", "status": 503,
     * "latency_ms": 200, "method": "GET", "path": "regex", "times": 3, "probability": 0.5}}.
     */
    private void addFault(Call call) throws IOException {
        JsonNode body = body(call);
        Fault fault;
        try {
            fault = switch (body.path("kind").asText("")) {
                case "status" -> Fault.status(body.path("status").asInt());
                case "latency" -> Fault.latency(Duration.ofMillis(body.path("latency_ms").asLong()));
                case "reset" -> Fault.connectionReset();
                case "daily_limit" -> Fault.dailyLimit();
                case "concurrent_limit" -> Fault.concurrentLimit();
                case "revoke_token" -> Fault.revokeToken();
                default -> throw new IllegalArgumentException("'kind' must be status, latency, reset, daily_limit,"
                        + " concurrent_limit or revoke_token");
            };
            if (body.has("path") || body.has("method")) {
                fault = fault.onRoute(body.hasNonNull("method") ? body.get("method").asText() : null,
                        body.path("path").asText(".*"));
            }
            if (body.has("times")) {
                fault = fault.times(body.get("times").asInt());
            }
            if (body.has("probability")) {
                fault = fault.probability(body.get("probability").asDouble());
            }
        } catch (IllegalArgumentException refused) {
            call.json(400, Json.object().put("error", refused.getMessage()));
            return;
        }
        faults.add(fault);
        call.json(201, Json.object().put("fault", fault.toString()));
    }

    private void clearFaults(Call call) throws IOException {
        faults.clear();
        call.empty(204);
    }

    private static JsonNode body(Call call) throws IOException {
        byte[] bytes = call.body();
        if (bytes.length == 0) {
            return Json.object();
        }
        try {
            return Json.MAPPER.readTree(bytes);
        } catch (IOException malformed) {
            return Json.object();
        }
    }
}
