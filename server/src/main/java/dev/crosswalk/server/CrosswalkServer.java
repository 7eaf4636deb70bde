package dev.crosswalk.server;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Stage;
import dev.crosswalk.adapters.http.UnifiedApiServer;
import dev.crosswalk.adapters.persistence.CrosswalkDatabase;
import java.net.URI;

/** A running server: the HTTP API, its connectors and its database, closed together in reverse order. */
final class CrosswalkServer implements AutoCloseable {

    private final Injector injector;
    private final UnifiedApiServer api;
    private final URI url;

    private CrosswalkServer(Injector injector, UnifiedApiServer api, URI url) {
        this.injector = injector;
        this.api = api;
        this.url = url;
    }

    /**
     * Opens the database, starts the configured connectors and binds the HTTP API; on any failure, closes what was
     * already started before rethrowing.
     */
    static CrosswalkServer start(ServerSettings settings) {
        Injector injector = Guice.createInjector(Stage.PRODUCTION, new CrosswalkModule(settings));
        try {
            UnifiedApiServer api = injector.getInstance(UnifiedApiServer.class).start(settings.host(), settings.port());
            return new CrosswalkServer(injector, api, URI.create("http://" + settings.host() + ":" + api.port()));
        } catch (RuntimeException failed) {
            closeQuietly(injector.getInstance(ConnectorRegistry.class), failed);
            closeQuietly(injector.getInstance(CrosswalkDatabase.class), failed);
            throw failed;
        }
    }

    private static void closeQuietly(AutoCloseable started, RuntimeException failure) {
        try {
            started.close();
        } catch (Exception alsoFailed) {
            failure.addSuppressed(alsoFailed);
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
        api.close();
        injector.getInstance(ConnectorRegistry.class).close();
        injector.getInstance(CrosswalkDatabase.class).close();
    }
}
