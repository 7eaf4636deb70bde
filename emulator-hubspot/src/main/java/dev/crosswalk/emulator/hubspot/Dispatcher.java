package dev.crosswalk.emulator.hubspot;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.crosswalk.emulator.support.FaultPlan;
import dev.crosswalk.emulator.support.RecordedRequest;
import dev.crosswalk.emulator.support.RequestLog;
import dev.crosswalk.emulator.support.RouteTable;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs, faults and routes every request, and answers refusals with HubSpot's error bodies. */
final class Dispatcher implements HttpHandler {

    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);

    private final RouteTable<HubSpotCall> routes;
    private final RequestLog log;
    private final FaultPlan<HubSpotFault> faults;

    Dispatcher(RouteTable<HubSpotCall> routes, RequestLog log, FaultPlan<HubSpotFault> faults) {
        this.routes = routes;
        this.log = log;
        this.faults = faults;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        HubSpotCall call = new HubSpotCall(exchange, status -> log.record(new RecordedRequest(
                exchange.getRequestMethod().toUpperCase(java.util.Locale.ROOT), exchange.getRequestURI().getPath(),
                exchange.getRequestURI().getRawQuery() == null ? "" : exchange.getRequestURI().getRawQuery(), status)));
        try {
            Optional<HubSpotFault> fault = faults.pick(call.method(), call.path());
            if (fault.isPresent()) {
                inject(fault.get(), call);
            }
            dispatch(call);
        } catch (ApiError e) {
            if (!call.responded()) {
                e.headers().forEach(call.responseHeaders()::set);
                call.json(e.status(), e.body());
            }
        } catch (IOException e) {
            LOG.debug("client went away during {} {}", call.method(), call.path(), e);
        } catch (RuntimeException e) {
            LOG.warn("emulator failure on {} {}", call.method(), call.path(), e);
            if (!call.responded()) {
                call.json(500, Json.error("INTERNAL_ERROR", "An internal error occurred."));
            }
        } finally {
            call.complete();
            exchange.close();
        }
    }

    private void dispatch(HubSpotCall call) throws IOException {
        switch (routes.find(call.method(), call.path())) {
            case RouteTable.Found<HubSpotCall> found -> {
                call.match(found.matcher());
                found.handler().handle(call);
            }
            case RouteTable.MethodNotAllowed<HubSpotCall> refused -> throw ApiError.of(405, "VALIDATION_ERROR",
                    "HTTP method " + call.method() + " is not supported by this resource.").header("Allow", refused.allowHeader());
            case RouteTable.NotFound<HubSpotCall> missing -> throw ApiError.notFound("Resource not found");
        }
    }

    /** Applies a fault: latency and resets let the request run; a status answers instead. */
    private static void inject(HubSpotFault fault, HubSpotCall call) {
        switch (fault.kind()) {
            case LATENCY -> call.delayResponse(fault.delay());
            case CONNECTION_RESET -> call.cutResponseBody();
            case RATE_LIMIT_SPENT -> throw RateLimits.burstSpent(Duration.ofSeconds(1)).header("X-HubSpot-RateLimit-Remaining", "0");
            case STATUS -> throw ApiError.of(fault.statusCode(), category(fault.statusCode()),
                    "Injected HTTP " + fault.statusCode() + " (emulator fault)");
        }
    }

    private static String category(int status) {
        return switch (status) {
            case 400 -> "VALIDATION_ERROR";
            case 401 -> "INVALID_AUTHENTICATION";
            case 403 -> "MISSING_SCOPES";
            case 404 -> "OBJECT_NOT_FOUND";
            case 409 -> "CONFLICT";
            default -> status >= 500 ? "INTERNAL_ERROR" : "VALIDATION_ERROR";
        };
    }
}
