package dev.crosswalk.adapters.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosswalk.core.port.in.UseCaseException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every failure into an {@code application/problem+json} response: use-case refusals and bad input as 4xx,
 * CRM failures as the gateway statuses they are, anything unexpected as a bare 500 whose cause is logged, never
 * shown.
 */
final class Problems {

    static final String CONTENT_TYPE = "application/problem+json";

    private static final Logger LOG = LoggerFactory.getLogger(Problems.class);
    private static final String TYPE_BASE = "urn:crosswalk:problem:";

    private final ObjectMapper json;

    Problems(ObjectMapper json) {
        this.json = json;
    }

    void install(RoutesConfig routes) {
        routes.exception(ApiProblem.class, (problem, ctx) -> render(ctx, problem, null));
        routes.exception(UseCaseException.class, (refusal, ctx) -> {
            ApiProblem problem = fromUseCase(refusal);
            String providerCode = null;
            if (refusal instanceof UseCaseException.CrmCallFailed failed) {
                providerCode = failed.providerCode().orElse(null);
                if (problem.status() >= 500) {
                    LOG.warn("CRM failure serving {} {}: {}", ctx.method(), ctx.path(), failed.getMessage(),
                            failed.getCause());
                }
            }
            render(ctx, problem, providerCode);
        });
        routes.exception(HttpResponseException.class, (routing, ctx) -> render(ctx, fromRouting(routing), null));
        routes.exception(Exception.class, (unexpected, ctx) -> {
            LOG.error("unexpected failure serving {} {}", ctx.method(), ctx.path(), unexpected);
            render(ctx, new ApiProblem(500, "internal-error", "Internal error",
                    "the server failed unexpectedly; the failure was logged"), null);
        });
    }

    private static ApiProblem fromUseCase(UseCaseException refusal) {
        return switch (refusal) {
            case UseCaseException.ConnectionNotFound notFound ->
                    new ApiProblem(404, "connection-not-found", "Connection not found", notFound.getMessage());
            case UseCaseException.InvalidCursor invalid ->
                    new ApiProblem(400, "invalid-cursor", "Invalid cursor", invalid.getMessage());
            case UseCaseException.ConnectionNeedsReauthorization reauth ->
                    new ApiProblem(409, "connection-needs-reauthorization", "Connection needs re-authorisation",
                            reauth.getMessage());
            case UseCaseException.ConnectorNotInstalled missing ->
                    new ApiProblem(501, "connector-not-installed", "Connector not installed", missing.getMessage());
            case UseCaseException.CapabilityUnavailable unavailable ->
                    new ApiProblem(501, "capability-unavailable", "Not supported by this connector",
                            unavailable.getMessage());
            case UseCaseException.CrmCallFailed failed -> fromCrm(failed);
        };
    }

    private static ApiProblem fromCrm(UseCaseException.CrmCallFailed failed) {
        String detail = failed.getMessage();
        return switch (failed.kind()) {
            case RATE_LIMITED -> new ApiProblem(429, "crm-rate-limited", "CRM rate limit reached", detail,
                    failed.retryAfter()
                            .map(wait -> Map.of("Retry-After", Long.toString(Math.max(1, wait.toSeconds()))))
                            .orElse(Map.of()));
            case NOT_FOUND -> new ApiProblem(404, "crm-not-found", "Not found in the CRM", detail);
            case UNAVAILABLE -> new ApiProblem(503, "crm-unavailable", "CRM unavailable", detail);
            case TOKEN_REFUSED -> new ApiProblem(502, "crm-unauthorized", "CRM refused the connection's token", detail);
            case REJECTED -> new ApiProblem(502, "crm-rejected", "CRM rejected the request", detail);
        };
    }

    private static ApiProblem fromRouting(HttpResponseException routing) {
        int status = routing.getStatus();
        return switch (status) {
            case 404 -> new ApiProblem(404, "no-such-route", "Not found", "no route matches this path");
            case 405 -> new ApiProblem(405, "method-not-allowed", "Method not allowed",
                    "this path does not accept that method");
            default -> new ApiProblem(status, "http-" + status, "HTTP " + status, routing.getMessage());
        };
    }

    private void render(Context ctx, ApiProblem problem, String providerCode) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", TYPE_BASE + problem.type());
        body.put("title", problem.title());
        body.put("status", problem.status());
        body.put("detail", problem.getMessage());
        body.put("instance", ctx.path());
        if (providerCode != null) {
            body.put("provider_code", providerCode);
        }
        problem.headers().forEach(ctx::header);
        ctx.status(problem.status()).contentType(CONTENT_TYPE);
        try {
            ctx.result(json.writeValueAsBytes(body));
        } catch (JsonProcessingException impossible) {
            ctx.result("{\"status\":" + problem.status() + "}");
        }
    }
}
