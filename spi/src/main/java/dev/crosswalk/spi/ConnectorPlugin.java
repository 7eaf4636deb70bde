package dev.crosswalk.spi;

/**
 * The entry point of a connector jar, found with {@link java.util.ServiceLoader}. Implementations are public,
 * final, have a public no-argument constructor that does no work, and are listed in
 * {@code META-INF/services/dev.crosswalk.spi.ConnectorPlugin}. Exactly one per connector jar.
 *
 * @since 0.1
 */
public interface ConnectorPlugin {

    /**
     * Called when the host discovers plugins (at least once per start); must be cheap and free of side effects.
     *
     * @return the factory for this plugin's connector; never {@code null}
     */
    ConnectorFactory connectorFactory();
}
