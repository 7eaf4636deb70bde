package dev.crosswalk.testkit.salesforce.rest;

import com.sun.net.httpserver.HttpExchange;
import dev.crosswalk.emulator.support.RecordedRequest;
import dev.crosswalk.emulator.support.RequestLog;
import dev.crosswalk.testkit.salesforce.Fault;
import dev.crosswalk.testkit.salesforce.http.Call;
import dev.crosswalk.testkit.salesforce.http.LocalExchange;
import dev.crosswalk.testkit.salesforce.oauth.Sessions;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;

/** Carries out a {@link Fault} drawn for a request, before or instead of the request's normal handling. */
final class FaultInjector {

    private final Router router;
    private final RequestLog log;
    private final Sessions sessions;

    FaultInjector(Router router, RequestLog log, Sessions sessions) {
        this.router = router;
        this.log = log;
        this.sessions = sessions;
    }

    /** Applies a fault; true when the request was answered by it (nothing more to do). */
    boolean inject(Fault fault, HttpExchange exchange, Call call, String method, String path, String query)
            throws IOException {
        switch (fault.kind()) {
            case LATENCY -> {
                call.delayResponse(fault.delay());
                return false;
            }
            case REVOKE_TOKEN -> {
                RestGate.bearer(call).ifPresent(sessions::revoke);
                return false;
            }
            case FAIL_QUERY_JOB -> {
                call.failQueryJob();
                return false;
            }
            case STATUS -> {
                int status = fault.statusCode();
                if (status == 429) {
                    call.responseHeaders().set("Retry-After", "1");
                }
                call.json(status, switch (status) {
                    case 500 -> Router.errorBody("UNKNOWN_EXCEPTION", "An unexpected error occurred. Please include this ErrorId if"
                            + " you contact support: 0-emulated-fault");
                    case 503 -> Router.errorBody("SERVER_UNAVAILABLE", "Server temporarily unavailable. Please try again later.");
                    case 429 -> Router.errorBody("REQUEST_LIMIT_EXCEEDED", "Too many requests. Please retry later.");
                    default -> Router.errorBody("EMULATED_FAULT", "Injected HTTP " + status);
                });
                return true;
            }
            case CONCURRENT_LIMIT -> {
                call.json(403, Router.errorBody("REQUEST_LIMIT_EXCEEDED",
                        "ConcurrentRequests (Concurrent API Requests) Limit exceeded."));
                return true;
            }
            case DAILY_LIMIT -> {
                call.json(403, Router.errorBody("REQUEST_LIMIT_EXCEEDED", "TotalRequests Limit exceeded."));
                return true;
            }
            case CONNECTION_RESET -> {
                byte[] body = call.body();
                Map<String, String> headers = new LinkedHashMap<>();
                exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, values.get(0)));
                LocalExchange full = new LocalExchange(method, exchange.getRequestURI(), headers, body, true);
                router.handle(full);
                byte[] answer = full.body();
                exchange.getResponseHeaders().putAll(full.getResponseHeaders());
                log.record(new RecordedRequest(method, path, query, full.status()));
                exchange.sendResponseHeaders(full.status(), Math.max(2, answer.length));
                OutputStream out = exchange.getResponseBody();
                out.write(answer, 0, answer.length / 2);
                out.flush();
                // closing the exchange with bytes still owed makes the JDK server drop the connection
                return true;
            }
            default -> throw new IllegalStateException(fault.kind().name());
        }
    }
}
