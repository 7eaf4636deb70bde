package dev.crosswalk.core.port.in;

import dev.crosswalk.core.domain.ConnectionRef;

/** A request a use case refuses, for a reason the caller can act on. */
public abstract sealed class UseCaseException extends RuntimeException {

    private UseCaseException(String message) {
        super(message);
    }

    /** The tenant has no connection of that id (also said when the id belongs to another tenant). */
    public static final class ConnectionNotFound extends UseCaseException {
        public ConnectionNotFound(ConnectionRef ref) {
            super("no connection '" + ref.id() + "' for this tenant");
        }
    }

    /** No connector of the connection's kind is installed and configured on this host. */
    public static final class ConnectorNotInstalled extends UseCaseException {
        public ConnectorNotInstalled(String connectorKind) {
            super("no '" + connectorKind + "' connector is installed and configured on this server");
        }
    }

    /** The connection's connector cannot do what was asked. */
    public static final class CapabilityUnavailable extends UseCaseException {
        public CapabilityUnavailable(String connectorKind, String capability) {
            super("the '" + connectorKind + "' connector does not support " + capability);
        }
    }

    /** The connection's authorisation is gone (the provider refused its grant): the customer must connect again. */
    public static final class ConnectionNeedsReauthorization extends UseCaseException {
        public ConnectionNeedsReauthorization(ConnectionRef ref) {
            super("connection '" + ref.id() + "' needs to be authorised again by the customer");
        }
    }

    /** A page cursor was malformed, or issued for another connection. */
    public static final class InvalidCursor extends UseCaseException {
        public InvalidCursor() {
            super("the cursor is not one this API issued for this connection; start again without a cursor");
        }
    }
}
