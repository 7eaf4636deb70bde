package dev.crosswalk.adapters.http;

import dev.crosswalk.core.domain.ConnectionId;
import dev.crosswalk.core.domain.ConnectionRef;
import dev.crosswalk.core.domain.TenantId;
import io.javalin.http.Context;
import java.util.Optional;

/**
 * One request the {@link Gatekeeper} admitted: its route, its tenant (none on an open route) and its query
 * parameters, checked against the route. Remembers the connection it named, for the RateLimit headers. Used by one
 * request thread.
 */
final class Call {

    private static final String ATTRIBUTE = "crosswalk.call";

    private final Context ctx;
    private final Route route;
    private final TenantId tenant;
    private final QueryParameters query;
    private ConnectionRef connection;

    private Call(Context ctx, Route route, TenantId tenant, QueryParameters query) {
        this.ctx = ctx;
        this.route = route;
        this.tenant = tenant;
        this.query = query;
    }

    /** Admits a request: later handlers find it with {@link #of(Context)}. */
    static Call admit(Context ctx, Route route, TenantId tenant, QueryParameters query) {
        Call call = new Call(ctx, route, tenant, query);
        ctx.attribute(ATTRIBUTE, call);
        return call;
    }

    /** @return the admitted request, if the gatekeeper admitted it */
    static Optional<Call> find(Context ctx) {
        return Optional.ofNullable(ctx.attribute(ATTRIBUTE));
    }

    /** @return the admitted request */
    static Call of(Context ctx) {
        return find(ctx).orElseThrow(() -> new IllegalStateException("the gatekeeper did not admit " + ctx.path()));
    }

    Context ctx() {
        return ctx;
    }

    Route route() {
        return route;
    }

    QueryParameters query() {
        return query;
    }

    /**
     * @return a path parameter, percent-decoded
     * @throws ApiProblem 400 when it decodes to a path of its own ({@code /}, {@code \\}, {@code .}, {@code ..}) or
     *     holds a control character: no id or object name has them, and they must never reach a provider URL
     */
    String pathParam(String name) {
        String value = ctx.pathParam(name);
        boolean pathLike = value.equals(".") || value.equals("..") || value.contains("/") || value.contains("\\");
        if (pathLike || value.chars().anyMatch(Character::isISOControl)) {
            throw ApiProblem.badRequest("the path segment " + Quoted.of(value) + " (the " + name + ") is malformed:"
                    + " it may not be '.' or '..' nor hold '/', '\\' or control characters");
        }
        return value;
    }

    /**
     * @return the tenant whose API key the request carried
     * @throws IllegalStateException on an open route, which has no tenant
     */
    TenantId tenant() {
        if (tenant == null) {
            throw new IllegalStateException(route + " is open: it has no tenant");
        }
        return tenant;
    }

    /**
     * @return the key tenant's connection the {@code id} path segment names
     * @throws ApiProblem 400 when it is malformed
     */
    ConnectionRef connectionInPath() {
        String raw = pathParam("id");
        try {
            return new ConnectionRef(tenant(), new ConnectionId(raw));
        } catch (IllegalArgumentException malformed) {
            throw ApiProblem.badRequest("the connection id in the path is malformed: " + malformed.getMessage());
        }
    }

    /**
     * @return the key tenant's connection the {@code connection_id} parameter names
     * @throws ApiProblem 400 when it is missing or malformed
     */
    ConnectionRef connection() {
        if (connection == null) {
            if (tenant == null) {
                throw new IllegalStateException(route + " is open: it has no tenant");
            }
            String raw = query.get("connection_id").orElse("");
            if (raw.isBlank()) {
                throw ApiProblem.badRequest("the query parameter 'connection_id' is required: the id of one of your"
                        + " connections");
            }
            try {
                connection = new ConnectionRef(tenant, new ConnectionId(raw));
            } catch (IllegalArgumentException malformed) {
                throw ApiProblem.badRequest("the query parameter 'connection_id' is malformed: "
                        + malformed.getMessage());
            }
        }
        return connection;
    }

    /** @return the connection this request named, once {@link #connection()} resolved it */
    Optional<ConnectionRef> connectionUsed() {
        return Optional.ofNullable(connection);
    }
}
