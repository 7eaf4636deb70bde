package dev.crosswalk.server;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Stage;
import dev.crosswalk.adapters.http.UnifiedApiServer;
import dev.crosswalk.embedded.Crosswalk;
import java.net.URI;
import java.time.Clock;

/** A running server: the HTTP API over an embedded Crosswalk (connectors and database), closed in reverse order. */
final class CrosswalkServer implements AutoCloseable {

    private final Crosswalk crosswalk;
    private final Injector injector;
    private final UnifiedApiServer api;
    private final URI url;

    private CrosswalkServer(Crosswalk crosswalk, Injector injector, UnifiedApiServer api, URI url) {
        this.crosswalk = crosswalk;
        this.injector = injector;
        this.api = api;
        this.url = url;
    }

    /**
     * Opens the database, starts the configured connectors and binds the HTTP API; on any failure, closes what was
     * already started before rethrowing.
     */
    static CrosswalkServer start(ServerSettings settings) {
        Clock clock = Clock.systemUTC();
        Crosswalk.Builder builder = Crosswalk.builder().database(settings.database()).clock(clock)
                .webhookFirstRetry(settings.webhookFirstRetry()).quotaAlertThreshold(settings.quotaAlertThreshold())
                .webhooksToPrivateAddresses(settings.webhooksToPrivateAddresses());
        settings.connectors().forEach(builder::connector);
        Crosswalk crosswalk = builder.build();
        try {
            Injector injector = Guice.createInjector(Stage.PRODUCTION, new CrosswalkModule(crosswalk, clock, settings));
            UnifiedApiServer api = injector.getInstance(UnifiedApiServer.class).start(settings.host(), settings.port());
            return new CrosswalkServer(crosswalk, injector, api,
                    URI.create("http://" + settings.host() + ":" + api.port()));
        } catch (RuntimeException failed) {
            try {
                crosswalk.close();
            } catch (RuntimeException alsoFailed) {
                failed.addSuppressed(alsoFailed);
            }
            throw failed;
        }
    }

    /** @return the base URL of the unified API */
    URI url() {
        return url;
    }

    <T> T service(Class<T> type) {
        return injector.getInstance(type);
    }

    @Override
    public void close() {
        try {
            api.close();
        } finally {
            crosswalk.close();
        }
    }
}
