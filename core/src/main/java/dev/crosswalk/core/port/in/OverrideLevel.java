package dev.crosswalk.core.port.in;

/**
 * Which layer of a connection's mapping an override occupies.
 *
 * @since 0.1
 */
public enum OverrideLevel {
    /** Every connection the tenant has of the connection's connector kind. */
    TENANT,
    /** The connection alone; it layers on the tenant's. */
    CONNECTION
}
