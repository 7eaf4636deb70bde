/**
 * The plugin contract. A connector jar ships one public {@link ConnectorPlugin} listed in a hand-written
 * {@code META-INF/services/dev.crosswalk.spi.ConnectorPlugin} file; the host finds it with
 * {@link java.util.ServiceLoader}, validates the connector's configuration against its
 * {@link dev.crosswalk.spi.config.ConfigSpec}, and creates one {@link Connector} through its
 * {@link ConnectorFactory}, lending core's machinery through a {@link ConnectorContext}.
 *
 * <p>This package uses only core's domain and port types. It grows only by adding: new methods get a default and
 * an {@code @since} tag; unproven ones are marked {@link Experimental}.
 */
package dev.crosswalk.spi;
