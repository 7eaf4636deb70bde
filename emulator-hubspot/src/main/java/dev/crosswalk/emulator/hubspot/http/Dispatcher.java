package dev.crosswalk.emulator.hubspot.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.crosswalk.emulator.support.RecordedRequest;
import dev.crosswalk.emulator.support.RequestLog;
import dev.crosswalk.emulator.support.RouteTable;
import java.io.IOException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs, faults and routes every request, and answers refusals with HubSpot's error bodies. The faults come in as a
 * hook, so that this package does not depend on the API package's {@code HubSpotFault}.
 */
public final class Dispatcher implements HttpHandler {

    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);

    private final RouteTable<HubSpotCall> routes;
    private final RequestLog log;
    private final Consumer<HubSpotCall> faults;

    /**
     * A dispatcher over {@code routes}, recording into {@code log}.
     *
     * @param faults runs before routing: may delay or cut the answer, or throw an {@link ApiError} to answer instead
     */
    public Dispatcher(RouteTable<HubSpotCall> routes, RequestLog log, Consumer<HubSpotCall> faults) {
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
            faults.accept(call);
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
}
