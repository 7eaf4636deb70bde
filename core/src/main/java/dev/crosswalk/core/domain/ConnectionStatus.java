package dev.crosswalk.core.domain;

/**
 * Whether a connection can be used. Constants may be added.
 *
 * @since 0.1
 */
public enum ConnectionStatus {
    /** Tokens are believed valid or refreshable. */
    ACTIVE,
    /** Refreshing failed for good: the customer must authorise the connection again. */
    NEEDS_REAUTH
}
