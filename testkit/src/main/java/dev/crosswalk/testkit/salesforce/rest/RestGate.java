package dev.crosswalk.testkit.salesforce.rest;

import dev.crosswalk.testkit.salesforce.http.ApiException;
import dev.crosswalk.testkit.salesforce.http.ApiVersions;
import dev.crosswalk.testkit.salesforce.http.Call;
import dev.crosswalk.testkit.salesforce.oauth.AccessSession;
import dev.crosswalk.testkit.salesforce.oauth.Platform;
import dev.crosswalk.testkit.salesforce.org.ApiUsage;
import java.util.Locale;
import java.util.Optional;

/**
 * What every {@code /services/data/vXX.X/...} call passes before its handler runs: a live session, a served API
 * version and the org's daily allowance. Sets {@code Sforce-Limit-Info} on the response.
 */
public final class RestGate {

    private final Platform platform;

    public RestGate(Platform platform) {
        this.platform = platform;
    }

    /** Admits the call or throws the platform's error (401, 404 for an unknown version, 403 when spent). */
    AccessSession admit(Call call) {
        AccessSession session = bearer(call).flatMap(platform.sessions()::validate)
                .orElseThrow(ApiException::invalidSession);
        String version = call.pathParam("version");
        if (ApiVersions.isRetired(version)) {
            throw new ApiException(410, "GONE", "The requested resource is no longer available: API version " + version
                    + " has been retired. Use v" + ApiVersions.OLDEST + ".0 or later.");
        }
        if (!ApiVersions.isServed(version)) {
            throw ApiException.notFound();
        }
        ApiUsage usage = session.org().usage();
        boolean subrequest = call.isUncountedSubrequest();
        boolean admitted = subrequest || usage.tryAcquire();
        call.responseHeaders().set("Sforce-Limit-Info", usage.header());
        if (!admitted) {
            throw new ApiException(403, "REQUEST_LIMIT_EXCEEDED", "TotalRequests Limit exceeded.");
        }
        if (!subrequest) {
            call.whenComplete(usage.tryEnter(platform.clock().instant()).orElseThrow(() ->
                    new ApiException(403, "REQUEST_LIMIT_EXCEEDED", "ConcurrentPerOrgLongTxn Limit exceeded.")));
        }
        return session;
    }

    /** The token of an {@code Authorization: Bearer …} (or legacy {@code OAuth …}) header. */
    static Optional<String> bearer(Call call) {
        return call.header("Authorization").map(String::trim).flatMap(value -> {
            String lower = value.toLowerCase(Locale.ROOT);
            if (lower.startsWith("bearer ")) {
                return Optional.of(value.substring(7).trim());
            }
            if (lower.startsWith("oauth ")) {
                return Optional.of(value.substring(6).trim());
            }
            return Optional.empty();
        });
    }
}
