package dev.crosswalk.adapters.http;

import dev.crosswalk.core.domain.TenantId;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Set;

/**
 * Runs before every request, matched or not, in this order: refuses a method HTTP does not define (501),
 * authenticates every path but the open ones (400 for a repeated {@code Authorization} header, 401), finds the route
 * (404, or 405 with {@code Allow}), parses the query strictly against the route and reads {@code connection_id}
 * where the route takes one (400). What passes is admitted as a {@link Call}.
 */
final class Gatekeeper implements Handler {

    /** Methods HTTP defines: for these a route-less answer is 404 or 405; for any other, 501. */
    private static final Set<String> HTTP_METHODS =
            Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "CONNECT", "QUERY");

    private final RouteTable routes;
    private final ApiKeys apiKeys;

    Gatekeeper(RouteTable routes, ApiKeys apiKeys) {
        this.routes = routes;
        this.apiKeys = apiKeys;
    }

    @Override
    public void handle(Context ctx) {
        String method = ctx.req().getMethod();
        if (!HTTP_METHODS.contains(method)) {
            throw new ApiProblem(501, "method-not-implemented", "Method not implemented",
                    "this server does not implement the method " + Quoted.of(method)
                            + "; the API uses GET, HEAD, PUT, POST and DELETE");
        }
        String path = ctx.path();
        TenantId tenant = routes.isOpenPath(path) ? null : apiKeys.tenantOf(ctx.req());
        Route route = routes.resolve(method, path);
        QueryParameters query = QueryParameters.parse(ctx.queryString());
        route.checkParameters(query);
        Call call = Call.admit(ctx, route, tenant, query);
        if (route.parameters().contains("connection_id")) {
            call.connection();
        }
    }
}
