package dev.crosswalk.core.port.out.store;

import dev.crosswalk.core.domain.ConnectionRef;
import java.util.Objects;

/**
 * A connection's stored tokens exist but cannot be read: they were encrypted with another key than the store has now,
 * or were altered. Never carries token text.
 *
 * @since 0.1
 */
public final class UnreadableTokensException extends RuntimeException {

    private final ConnectionRef connection;

    /**
     * @param connection whose tokens; never {@code null}
     * @param message why, without any token text; never {@code null}
     */
    public UnreadableTokensException(ConnectionRef connection, String message) {
        super(Objects.requireNonNull(message, "message"));
        this.connection = Objects.requireNonNull(connection, "connection");
    }

    /** @return the connection whose tokens cannot be read */
    public ConnectionRef connection() {
        return connection;
    }
}
