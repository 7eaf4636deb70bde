package dev.crosswalk.connector.salesforce;

import feign.Feign;
import feign.Request;
import feign.Retryer;
import feign.http2client.Http2Client;
import java.net.http.HttpClient;
import java.util.concurrent.TimeUnit;

/**
 * Builds the Feign clients. Feign never retries ({@link Retryer#NEVER_RETRY}): core's retry policy is the only
 * place calls are repeated, so that retries never multiply against the customer's daily quota.
 */
final class SalesforceHttp implements AutoCloseable {

    private final HttpClient httpClient;
    private final SalesforceRestApi rest;
    private final SalesforceOAuthApi oauth;

    SalesforceHttp(SalesforceSettings settings) {
        this.httpClient = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        Request.Options options = new Request.Options(
                settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS,
                settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS,
                false);
        Feign.Builder builder = Feign.builder()
                .client(new Http2Client(httpClient))
                .options(options)
                .retryer(Retryer.NEVER_RETRY);
        this.rest = builder.target(feign.Target.EmptyTarget.create(SalesforceRestApi.class));
        this.oauth = builder.target(feign.Target.EmptyTarget.create(SalesforceOAuthApi.class));
    }

    SalesforceRestApi rest() {
        return rest;
    }

    SalesforceOAuthApi oauth() {
        return oauth;
    }

    /** Stops the HTTP client's selector thread and closes its connections. */
    @Override
    public void close() {
        httpClient.close();
    }
}
