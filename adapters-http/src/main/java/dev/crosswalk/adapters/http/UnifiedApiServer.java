package dev.crosswalk.adapters.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosswalk.core.port.in.AuthenticateApiKeyUseCase;
import dev.crosswalk.core.port.in.AuthorizeConnectionUseCase;
import dev.crosswalk.core.port.in.DescribeSchemaUseCase;
import dev.crosswalk.core.port.in.ManageConnectionsUseCase;
import dev.crosswalk.core.port.in.ManageMappingOverridesUseCase;
import dev.crosswalk.core.port.in.ManageWebhooksUseCase;
import dev.crosswalk.core.port.in.ReadProviderRecordsUseCase;
import dev.crosswalk.core.port.in.ReadQuotaUseCase;
import dev.crosswalk.core.port.in.ReadUnifiedRecordsUseCase;
import io.javalin.Javalin;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.util.JavalinBindException;
import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The bundled server's unified CRM API on Javalin: unified records, provider records, schema, quota and mapping
 * overrides of a tenant's connections (the routes are listed in the module's README and described at
 * {@code /openapi.json}). Every path but {@code /health} and {@code /openapi.json} needs a tenant API key
 * ({@code Authorization: Bearer <key>}), so an unknown path answers 401 to a caller without a key and 404 to one with
 * a key. Every error, Jetty's own included, is {@code application/problem+json} without a stack trace.
 *
 * <p>Build with {@link #builder()}, start once, close once. Thread-safe once started.
 *
 * @since 0.1
 */
public final class UnifiedApiServer implements AutoCloseable {

    private final Javalin javalin;
    private final RouteTable routes;
    private volatile String boundHost;

    private UnifiedApiServer(Builder builder) {
        ObjectMapper json = Replies.mapper();
        Replies replies = new Replies(json);
        Problems problems = new Problems(json);
        RateLimitHeaders rateLimits = new RateLimitHeaders(builder.quota);
        List<Route> all = new ArrayList<>();
        all.add(Route.open("GET", "/health", call -> replies.ok(call.ctx(), Map.of("status", "up"))));
        all.add(OpenApiDocument.route());
        all.addAll(new UnifiedRecordRoutes(builder.unifiedRecords, replies).routes());
        all.addAll(new ProviderRecordRoutes(builder.providerRecords, replies).routes());
        all.addAll(new SchemaRoutes(builder.schema, replies).routes());
        all.add(new QuotaRoute(builder.quota, replies).route());
        RequestBodies bodies = new RequestBodies(json);
        all.addAll(new MappingRoutes(builder.mappings, bodies, replies).routes());
        all.addAll(new ConnectionRoutes(builder.connections, bodies, replies).routes());
        all.addAll(new WebhookRoutes(builder.webhooks, bodies, replies).routes());
        URI configuredCallback = builder.callbackUrl;
        all.addAll(new AuthorizationRoutes(builder.authorization,
                () -> configuredCallback != null ? configuredCallback : defaultCallbackUrl(),
                new ReturnUrls(builder.returnUrls), bodies, replies).routes());
        this.routes = new RouteTable(all);
        Gatekeeper gatekeeper = new Gatekeeper(routes, new ApiKeys(builder.authenticate));
        this.javalin = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.defaultContentType = "application/json";
            config.router.ignoreTrailingSlashes = false;
            JettyProblems jettyProblems = new JettyProblems(json);
            config.jetty.modifyServer(server -> server.setErrorHandler(jettyProblems));
            // errors Jetty raises inside the servlet context (none known today) must not fall back to HTML either
            config.jetty.modifyServletContextHandler(context -> context.setErrorHandler(jettyProblems));
            config.routes.before(gatekeeper);
            for (Route route : routes.routes()) {
                Handler handler = serving(route, rateLimits);
                config.routes.addHttpHandler(HandlerType.findOrCreate(route.method()), route.path(), handler);
                if (route.method().equals("GET")) {
                    config.routes.addHttpHandler(HandlerType.HEAD, route.path(), handler);
                }
            }
            problems.install(config.routes);
        });
    }

    /** @return a Javalin handler serving the admitted request, adding the RateLimit headers of its connection */
    private static Handler serving(Route route, RateLimitHeaders rateLimits) {
        return ctx -> {
            Call call = Call.of(ctx);
            route.endpoint().serve(call);
            call.connectionUsed().ifPresent(connection -> rateLimits.add(ctx, connection));
        };
    }

    /** @return a builder needing every use case; not thread-safe */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts listening.
     *
     * @param host the interface to bind, e.g. {@code 127.0.0.1}; never {@code null}
     * @param port the port, or 0 for a free one
     * @return this server
     * @throws IllegalStateException when the address cannot be bound: the port is taken, or the host is not an
     *     address of this machine (the message says which)
     */
    public UnifiedApiServer start(String host, int port) {
        Objects.requireNonNull(host, "host");
        requireBindable(host, port);
        boundHost = host;
        try {
            javalin.start(host, port);
        } catch (JavalinBindException taken) { // taken between the check and the start
            throw cannotListen(host, port, taken.getCause() instanceof BindException refused ? refused : null);
        }
        return this;
    }

    /** Binds and releases the address first: Javalin would log a stack trace and call any failure "port in use". */
    private static void requireBindable(String host, int port) {
        try (ServerSocket probe = new ServerSocket()) {
            probe.bind(new InetSocketAddress(host, port));
        } catch (BindException refused) {
            throw cannotListen(host, port, refused);
        } catch (IOException | IllegalArgumentException | SecurityException unusable) {
            throw new IllegalStateException("cannot listen on " + host + ":" + port + ": " + unusable.getMessage());
        }
    }

    private static IllegalStateException cannotListen(String host, int port, BindException refused) {
        String reason = refused == null || refused.getMessage() == null ? "" : refused.getMessage();
        if (reason.contains("already in use")) {
            return new IllegalStateException("cannot listen on " + host + ":" + port + ": another process uses port "
                    + port);
        }
        if (reason.contains("assign requested address")) {
            return new IllegalStateException("cannot listen on " + host + ":" + port + ": " + host
                    + " is not an address of this machine");
        }
        return new IllegalStateException("cannot listen on " + host + ":" + port
                + (reason.isEmpty() ? "" : ": " + reason));
    }

    /** @return this server's own callback, for a server whose operator named none: fine on one machine, in tests */
    private URI defaultCallbackUrl() {
        String host = boundHost.contains(":") ? "[" + boundHost + "]" : boundHost;
        return URI.create("http://" + host + ":" + port() + AuthorizationRoutes.CALLBACK_PATH);
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

    /** @return method and path template of every route, for the OpenAPI coverage test */
    List<Route> routes() {
        return routes.routes();
    }

    /** Collects the use cases the API drives. Not thread-safe. */
    public static final class Builder {
        private AuthenticateApiKeyUseCase authenticate;
        private ReadUnifiedRecordsUseCase unifiedRecords;
        private ReadProviderRecordsUseCase providerRecords;
        private DescribeSchemaUseCase schema;
        private ReadQuotaUseCase quota;
        private ManageMappingOverridesUseCase mappings;
        private ManageConnectionsUseCase connections;
        private AuthorizeConnectionUseCase authorization;
        private ManageWebhooksUseCase webhooks;
        private URI callbackUrl;
        private List<URI> returnUrls = List.of();

        private Builder() {
        }

        /** @param useCase resolves API keys to tenants; never {@code null} */
        public Builder authenticate(AuthenticateApiKeyUseCase useCase) {
            this.authenticate = Objects.requireNonNull(useCase, "authenticate");
            return this;
        }

        /** @param useCase reads unified contacts, accounts and opportunities; never {@code null} */
        public Builder unifiedRecords(ReadUnifiedRecordsUseCase useCase) {
            this.unifiedRecords = Objects.requireNonNull(useCase, "unifiedRecords");
            return this;
        }

        /** @param useCase reads records of any provider object; never {@code null} */
        public Builder providerRecords(ReadProviderRecordsUseCase useCase) {
            this.providerRecords = Objects.requireNonNull(useCase, "providerRecords");
            return this;
        }

        /** @param useCase describes a connection's objects and fields; never {@code null} */
        public Builder schema(DescribeSchemaUseCase useCase) {
            this.schema = Objects.requireNonNull(useCase, "schema");
            return this;
        }

        /** @param useCase tells a connection's CRM API allowance; never {@code null} */
        public Builder quota(ReadQuotaUseCase useCase) {
            this.quota = Objects.requireNonNull(useCase, "quota");
            return this;
        }

        /** @param useCase reads and changes mapping overrides; never {@code null} */
        public Builder mappings(ManageMappingOverridesUseCase useCase) {
            this.mappings = Objects.requireNonNull(useCase, "mappings");
            return this;
        }

        /** @param useCase lists, shows and deletes a tenant's connections; never {@code null} */
        public Builder connections(ManageConnectionsUseCase useCase) {
            this.connections = Objects.requireNonNull(useCase, "connections");
            return this;
        }

        /**
         * @param useCase connects a tenant's CRM account by the customer's authorisation; never {@code null}
         * @since 0.1
         */
        public Builder authorization(AuthorizeConnectionUseCase useCase) {
            this.authorization = Objects.requireNonNull(useCase, "authorization");
            return this;
        }

        /**
         * @param useCase a tenant's webhook endpoints and their delivery log; never {@code null}
         * @since 0.1
         */
        public Builder webhooks(ManageWebhooksUseCase useCase) {
            this.webhooks = Objects.requireNonNull(useCase, "webhooks");
            return this;
        }

        /**
         * @param url this server's {@code /oauth/callback} as the provider's app registers it and browsers reach it
         *     (behind a proxy, its public URL); by default {@code http://<host>:<port>/oauth/callback} of the address
         *     the server listens on
         * @since 0.1
         */
        public Builder callbackUrl(URI url) {
            this.callbackUrl = Objects.requireNonNull(url, "url");
            return this;
        }

        /**
         * @param allowed where a tenant may have its customers sent back after an authorisation: each entry allows its
         *     scheme, host and port, and its path and below; by default none, so no {@code return_url} is taken
         * @since 0.1
         */
        public Builder returnUrls(List<URI> allowed) {
            this.returnUrls = List.copyOf(allowed);
            return this;
        }

        /**
         * @return the server, not yet started
         * @throws IllegalStateException naming every use case not given
         */
        public UnifiedApiServer build() {
            Map<String, Object> required = new LinkedHashMap<>();
            required.put("authenticate", authenticate);
            required.put("unifiedRecords", unifiedRecords);
            required.put("providerRecords", providerRecords);
            required.put("schema", schema);
            required.put("quota", quota);
            required.put("mappings", mappings);
            required.put("connections", connections);
            required.put("authorization", authorization);
            required.put("webhooks", webhooks);
            List<String> missing = required.entrySet().stream()
                    .filter(entry -> entry.getValue() == null).map(Map.Entry::getKey).toList();
            if (!missing.isEmpty()) {
                throw new IllegalStateException("the HTTP API needs every use case; not given: "
                        + String.join(", ", missing));
            }
            return new UnifiedApiServer(this);
        }
    }
}
