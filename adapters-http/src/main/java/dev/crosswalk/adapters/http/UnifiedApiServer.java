package dev.crosswalk.adapters.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.crosswalk.core.port.in.AuthenticateApiKeyUseCase;
import dev.crosswalk.core.port.in.ListContactsUseCase;
import io.javalin.Javalin;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The bundled server's unified API on Javalin. Routes: {@code GET /unified/crm/contacts}. Every path but
 * {@code /health} needs a tenant API key ({@code Authorization: Bearer <key>}), so an unknown path answers 401 to a
 * caller without a key and 404 to one with a key. Start once, stop once;
 * thread-safe once started.
 */
public final class UnifiedApiServer implements AutoCloseable {

    /** Every other path needs an API key, including ones added later and ones that match no route. */
    private static final Set<String> PUBLIC_PATHS = Set.of("/health");

    private final Javalin javalin;

    /**
     * @param authenticate resolves API keys to tenants
     * @param listContacts lists a tenant connection's contacts
     */
    public UnifiedApiServer(AuthenticateApiKeyUseCase authenticate, ListContactsUseCase listContacts) {
        Objects.requireNonNull(authenticate, "authenticate");
        Objects.requireNonNull(listContacts, "listContacts");
        ObjectMapper json = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .build();
        Problems problems = new Problems(json);
        ApiKeyFilter apiKeys = new ApiKeyFilter(authenticate);
        ContactsRoute contacts = new ContactsRoute(listContacts, json);
        this.javalin = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.defaultContentType = "application/json";
            config.routes.get("/health", ctx -> ctx.json(Map.of("status", "up")));
            config.routes.before(ctx -> {
                if (!PUBLIC_PATHS.contains(ctx.path())) {
                    apiKeys.authenticate(ctx);
                }
            });
            config.routes.get("/unified/crm/contacts", contacts::list);
            problems.install(config.routes);
        });
    }

    /**
     * Starts listening.
     *
     * @param host the interface to bind, e.g. {@code 127.0.0.1}
     * @param port the port, or 0 for a free one
     * @return this server
     */
    public UnifiedApiServer start(String host, int port) {
        javalin.start(host, port);
        return this;
    }

    /** @return the port the server listens on; only after {@link #start} */
    public int port() {
        return javalin.port();
    }

    /** Stops the server and its threads. */
    @Override
    public void close() {
        javalin.stop();
    }
}
