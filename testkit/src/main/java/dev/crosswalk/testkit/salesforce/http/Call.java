package dev.crosswalk.testkit.salesforce.http;

import com.sun.net.httpserver.HttpExchange;
import dev.crosswalk.emulator.support.HttpCall;
import dev.crosswalk.testkit.salesforce.http.Json;
import java.io.IOException;
import java.util.Optional;
import java.util.function.IntConsumer;

/** One Salesforce request: the shared {@link HttpCall} plus the platform's path aliases, subrequests and JSON. */
public final class Call extends HttpCall {

    private boolean failsQueryJob;

    /** @param beforeResponse told the status just before the response starts, so observers see it first */
    public Call(HttpExchange exchange, IntConsumer beforeResponse) {
        super(exchange, beforeResponse);
    }

    /** Whether this call is a composite subrequest that should not count against the org's allowance. */
    public boolean isUncountedSubrequest() {
        return exchange() instanceof LocalExchange local && !local.countsAgainstLimits();
    }

    /** The request path, {@code /services/data/latest/...} already resolved to the newest version. */
    @Override
    public String path() {
        return ApiVersions.resolveLatest(super.path());
    }

    /** A form field, falling back to the query string (Salesforce accepts both for OAuth endpoints). */
    public Optional<String> formOrQuery(String name) throws IOException {
        String value = form().get(name);
        return value != null ? Optional.of(value) : queryParam(name);
    }

    public void json(int code, Object value) throws IOException {
        send(code, "application/json;charset=UTF-8", Json.MAPPER.writeValueAsBytes(value));
    }

    /** Makes the Bulk query job this call creates end in {@code Failed} (an injected fault). */
    public void failQueryJob() {
        this.failsQueryJob = true;
    }

    /** Whether the Bulk query job this call creates must end in {@code Failed}. */
    public boolean failsQueryJob() {
        return failsQueryJob;
    }
}
