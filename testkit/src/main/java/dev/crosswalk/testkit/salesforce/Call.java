package dev.crosswalk.testkit.salesforce;

import com.sun.net.httpserver.HttpExchange;
import dev.crosswalk.emulator.support.HttpCall;
import dev.crosswalk.testkit.salesforce.http.Json;
import java.io.IOException;
import java.util.Optional;
import java.util.function.IntConsumer;

/** One Salesforce request: the shared {@link HttpCall} plus the platform's path aliases, subrequests and JSON. */
final class Call extends HttpCall {

    private boolean failsQueryJob;

    /** @param beforeResponse told the status just before the response starts, so observers see it first */
    Call(HttpExchange exchange, IntConsumer beforeResponse) {
        super(exchange, beforeResponse);
    }

    /** Whether this call is a composite subrequest that should not count against the org's allowance. */
    boolean isUncountedSubrequest() {
        return exchange() instanceof LocalExchange local && !local.countsAgainstLimits();
    }

    /** The request path, {@code /services/data/latest/...} already resolved to the newest version. */
    @Override
    public String path() {
        return ApiVersions.resolveLatest(super.path());
    }

    /** A form field, falling back to the query string (Salesforce accepts both for OAuth endpoints). */
    Optional<String> formOrQuery(String name) throws IOException {
        String value = form().get(name);
        return value != null ? Optional.of(value) : queryParam(name);
    }

    void json(int code, Object value) throws IOException {
        send(code, "application/json;charset=UTF-8", Json.MAPPER.writeValueAsBytes(value));
    }

    /** Makes the Bulk query job this call creates end in {@code Failed} (an injected fault). */
    void failQueryJob() {
        this.failsQueryJob = true;
    }

    /** Whether the Bulk query job this call creates must end in {@code Failed}. */
    boolean failsQueryJob() {
        return failsQueryJob;
    }
}
