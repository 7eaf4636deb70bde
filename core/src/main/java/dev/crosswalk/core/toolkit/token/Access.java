package dev.crosswalk.core.toolkit.token;

import dev.crosswalk.core.domain.Secret;
import java.net.URI;
import java.util.Objects;

/**
 * What a provider call needs from a connection's authorisation: a valid access token and the base URL to send it
 * to (the instance URL issued with the token, which supersedes the connection's). Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Access {

    private final Secret token;
    private final URI instanceUrl;

    private Access(Secret token, URI instanceUrl) {
        this.token = Objects.requireNonNull(token, "token");
        this.instanceUrl = Objects.requireNonNull(instanceUrl, "instanceUrl");
    }

    static Access of(Secret token, URI instanceUrl) {
        return new Access(token, instanceUrl);
    }

    /** @return the access token; never {@code null}; never log it */
    public Secret token() {
        return token;
    }

    /** @return the API base URL to call; never {@code null} */
    public URI instanceUrl() {
        return instanceUrl;
    }

    @Override
    public String toString() {
        return "Access[" + instanceUrl + "]";
    }
}
