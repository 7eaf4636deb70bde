package dev.crosswalk.adapters.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosswalk.core.port.in.UseCaseException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every failure into an {@code application/problem+json} response: use-case refusals and bad input as 4xx,
 * CRM failures as the gateway statuses they are, anything unexpected as a bare 500 whose cause is logged, never
 * shown. The body has {@code type} ({@value #TYPE_BASE} and a stable slug), {@code title}, {@code status},
 * {@code detail}, {@code instance} (the path, once a route matched) and the problem's own members.
 */
final class Problems {

    static final String CONTENT_TYPE = "application/problem+json";
    static final String TYPE_BASE = "urn:crosswalk:problem:";

    private static final Logger LOG = LoggerFactory.getLogger(Problems.class);

    private final ObjectMapper json;

    Problems(ObjectMapper json) {
        this.json = json;
    }

    void install(RoutesConfig routes) {
        routes.exception(ApiProblem.class, (problem, ctx) -> render(ctx, problem));
        routes.exception(UseCaseException.class, (refusal, ctx) -> render(ctx, fromUseCase(refusal, ctx)));
        routes.exception(HttpResponseException.class, (routing, ctx) ->
                render(ctx, StatusProblems.of(routing.getStatus())));
        routes.exception(Exception.class, (unexpected, ctx) -> {
            LOG.error("unexpected failure serving {} {}", ctx.req().getMethod(), ctx.path(), unexpected);
            render(ctx, StatusProblems.of(500));
        });
    }

    private static ApiProblem fromUseCase(UseCaseException refusal, Context ctx) {
        String detail = refusal.getMessage();
        return switch (refusal) {
            case UseCaseException.InvalidRequest invalid -> new ApiProblem(400, "invalid-request", "Invalid request",
                    detail).with("valid_values", invalid.validValues());
            case UseCaseException.UnknownAuthorization ignored -> new ApiProblem(400, "authorization-unknown",
                    "Unknown authorization", refusal.getMessage());
            case UseCaseException.WebhookNotFound ignored -> new ApiProblem(404, "webhook-not-found",
                    "Webhook not found", refusal.getMessage());
            case UseCaseException.InvalidCursor ignored ->
                    new ApiProblem(400, "invalid-cursor", "Invalid cursor", detail);
            case UseCaseException.ConnectionNotFound ignored ->
                    new ApiProblem(404, "connection-not-found", "Connection not found", detail);
            case UseCaseException.ObjectNotFound ignored ->
                    new ApiProblem(404, "object-not-found", "Object not found", detail);
            case UseCaseException.RecordNotFound ignored ->
                    new ApiProblem(404, "record-not-found", "Record not found", detail);
            case UseCaseException.ConnectionNeedsReauthorization ignored -> new ApiProblem(409,
                    "connection-needs-reauthorization", "Connection needs re-authorisation", detail);
            case UseCaseException.ConnectionTokensUnreadable ignored -> new ApiProblem(409,
                    "connection-tokens-unreadable", "Connection tokens unreadable", detail);
            case UseCaseException.ConnectorNotInstalled ignored ->
                    new ApiProblem(501, "connector-not-installed", "Connector not installed", detail);
            case UseCaseException.CapabilityUnavailable ignored ->
                    new ApiProblem(501, "capability-unavailable", "Not supported by this connector", detail);
            case UseCaseException.MappingRejected rejected -> new ApiProblem(422, "mapping-rejected",
                    "Mapping override refused", detail).with("problems", rejected.problems());
            case UseCaseException.MappingFailed failed -> {
                LOG.warn("a mapping failed serving {} {}: {}", ctx.req().getMethod(), ctx.path(), detail,
                        failed.getCause());
                yield new ApiProblem(422, "mapping-failed", "Mapping failed", detail);
            }
            case UseCaseException.OverrideConflict ignored ->
                    new ApiProblem(409, "override-conflict", "Concurrent override change", detail);
            case UseCaseException.NoSuchOverride ignored ->
                    new ApiProblem(404, "no-such-override", "No such override", detail);
            case UseCaseException.CrmCallFailed failed -> fromCrm(failed, ctx);
            default -> {
                LOG.error("a use case refused {} {} for a reason this adapter does not know", ctx.req().getMethod(),
                        ctx.path(), refusal);
                yield StatusProblems.of(500);
            }
        };
    }

    private static ApiProblem fromCrm(UseCaseException.CrmCallFailed failed, Context ctx) {
        String detail = failed.getMessage();
        ApiProblem problem = switch (failed.kind()) {
            case RATE_LIMITED -> retryAfter(failed,
                    new ApiProblem(429, "crm-rate-limited", "CRM rate limit reached", detail));
            case QUOTA_EXHAUSTED -> retryAfter(failed,
                    new ApiProblem(429, "crm-quota-exhausted", "CRM allowance for the period spent", detail));
            case NOT_FOUND -> new ApiProblem(404, "crm-not-found", "Not found in the CRM", detail);
            case UNAVAILABLE -> new ApiProblem(503, "crm-unavailable", "CRM unavailable", detail);
            case TOKEN_REFUSED -> new ApiProblem(502, "crm-unauthorized", "CRM refused the connection's token", detail);
            case REJECTED -> new ApiProblem(502, "crm-rejected", "CRM rejected the request", detail);
            default -> new ApiProblem(502, "crm-failed", "CRM call failed", detail);
        };
        if (problem.status() >= 500) {
            LOG.warn("CRM failure serving {} {}: {}", ctx.req().getMethod(), ctx.path(), detail, failed.getCause());
        }
        return failed.providerCode().map(code -> problem.with("provider_code", code)).orElse(problem);
    }

    private static ApiProblem retryAfter(UseCaseException.CrmCallFailed failed, ApiProblem problem) {
        return failed.retryAfter()
                .map(wait -> problem.withHeader("Retry-After", Long.toString(Math.max(1, wait.toSeconds()))))
                .orElse(problem);
    }

    private void render(Context ctx, ApiProblem problem) {
        problem.headers().forEach(ctx::header);
        String instance = Call.find(ctx).map(call -> ctx.path()).orElse(null);
        ctx.status(problem.status()).contentType(CONTENT_TYPE).result(body(json, problem, instance));
    }

    /** @return the problem as JSON; {@code instance} is left out when {@code null} */
    static byte[] body(ObjectMapper json, ApiProblem problem, String instance) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", TYPE_BASE + problem.type());
        body.put("title", problem.title());
        body.put("status", problem.status());
        body.put("detail", problem.getMessage());
        if (instance != null) {
            body.put("instance", instance);
        }
        problem.extensions().forEach(body::putIfAbsent);
        try {
            return json.writeValueAsBytes(body);
        } catch (JsonProcessingException impossible) {
            LOG.error("could not write a problem body", impossible);
            return ("{\"status\":" + problem.status() + "}").getBytes(StandardCharsets.UTF_8);
        }
    }
}
