package dev.crosswalk.testkit.salesforce.rest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.crosswalk.emulator.support.FaultPlan;
import dev.crosswalk.emulator.support.Handler;
import dev.crosswalk.emulator.support.RecordedRequest;
import dev.crosswalk.emulator.support.RequestLog;
import dev.crosswalk.emulator.support.RouteTable;
import dev.crosswalk.testkit.salesforce.Fault;
import dev.crosswalk.testkit.salesforce.http.ApiException;
import dev.crosswalk.testkit.salesforce.http.Call;
import dev.crosswalk.testkit.salesforce.http.DmlException;
import dev.crosswalk.testkit.salesforce.http.Json;
import dev.crosswalk.testkit.salesforce.http.LocalExchange;
import dev.crosswalk.testkit.salesforce.http.OAuthException;
import dev.crosswalk.testkit.salesforce.oauth.Sessions;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Dispatches requests to handlers by method and path pattern, turns failures into the platform's error bodies
 * and records every answered request.
 */
public final class Router implements HttpHandler {

    private static final Logger LOG = LoggerFactory.getLogger(Router.class);

    private final RouteTable<Call> routes = new RouteTable<>();
    private final RequestLog log;
    private final FaultPlan<Fault> faults;
    private final FaultInjector injector;

    public Router(RequestLog log, FaultPlan<Fault> faults, Sessions sessions) {
        this.log = log;
        this.faults = faults;
        this.injector = new FaultInjector(this, log, sessions);
    }

    /** Adds a route; {@code regex} must match the whole path and may use named groups. */
    Router on(String method, String regex, Handler<Call> handler) {
        routes.on(method, regex, handler);
        return this;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod().toUpperCase(java.util.Locale.ROOT);
        String path = exchange.getRequestURI().getPath();
        String query = exchange.getRequestURI().getRawQuery() == null ? "" : exchange.getRequestURI().getRawQuery();
        boolean local = exchange instanceof LocalExchange || path.startsWith(ControlEndpoints.PREFIX + "/");
        Call call = new Call(exchange, status -> {
            if (!local) {
                log.record(new RecordedRequest(method, path, query, status));
            }
        });
        try {
            // faults match the path handlers see, so a route written for vXX.X also catches the latest alias
            Optional<Fault> fault = local ? Optional.empty() : faults.pick(method, call.path());
            if (fault.isPresent() && injector.inject(fault.get(), exchange, call, method, path, query)) {
                return;
            }
            dispatch(call);
        } catch (ApiException e) {
            if (!call.responded()) {
                call.json(e.status(), errorBody(e));
            }
        } catch (OAuthException e) {
            if (!call.responded()) {
                call.responseHeaders().set("Cache-Control", "no-store");
                call.json(e.status(), Json.object().put("error", e.error()).put("error_description", e.getMessage()));
            }
        } catch (DmlException e) {
            if (!call.responded()) {
                call.json(ApiException.of(e).status(), errorBody(ApiException.of(e)));
            }
        } catch (IOException e) {
            LOG.debug("client went away during {} {}", call.method(), call.path(), e);
        } catch (RuntimeException e) {
            LOG.warn("emulator failure on {} {}", call.method(), call.path(), e);
            if (!call.responded()) {
                call.json(500, errorBody("UNKNOWN_EXCEPTION", "An unexpected error occurred. Please include this ErrorId if you contact support: "
                        + Integer.toHexString(e.hashCode())));
            }
        } finally {
            call.complete();
            exchange.close();
        }
    }

    private void dispatch(Call call) throws IOException {
        switch (routes.find(call.method(), call.path())) {
            case RouteTable.Found<Call> found -> {
                call.match(found.matcher());
                found.handler().handle(call);
            }
            case RouteTable.MethodNotAllowed<Call> refused -> {
                call.responseHeaders().set("Allow", refused.allowHeader());
                throw new ApiException(405, "METHOD_NOT_ALLOWED", "HTTP Method '" + call.method() + "' not allowed. Allowed are "
                        + String.join(",", refused.allowed()));
            }
            case RouteTable.NotFound<Call> missing -> throw ApiException.notFound();
        }
    }

    static ArrayNode errorBody(ApiException e) {
        ArrayNode body = errorBody(e.errorCode(), e.getMessage());
        e.fields().ifPresent(fields -> {
            ArrayNode list = ((com.fasterxml.jackson.databind.node.ObjectNode) body.get(0)).putArray("fields");
            fields.forEach(list::add);
        });
        return body;
    }

    static ArrayNode errorBody(String errorCode, String message) {
        ArrayNode body = Json.MAPPER.createArrayNode();
        body.addObject().put("message", message).put("errorCode", errorCode);
        return body;
    }
}
