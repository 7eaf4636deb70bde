package dev.crosswalk.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.crosswalk.core.domain.ConnectionId;
import dev.crosswalk.core.domain.ConnectionRef;
import dev.crosswalk.core.domain.TenantId;
import dev.crosswalk.core.port.in.AuthorizeConnectionUseCase;
import dev.crosswalk.core.port.in.AuthorizeConnectionUseCase.Outcome;
import dev.crosswalk.core.port.in.UseCaseException;
import dev.crosswalk.embedded.Crosswalk;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code crosswalk connect}: connects a tenant's CRM account by the customer's authorisation from a terminal. It
 * prints the provider's page, listens for the provider's redirect on a loopback callback URL (registered with the
 * provider's app, such as {@code http://localhost:1717/callback}), stores the connection in the configured database
 * and says how it went. Like {@code keys}, it opens the database itself: an embedded H2 database only while the server
 * is stopped; PostgreSQL any time.
 */
@Command(name = "connect", mixinStandardHelpOptions = true,
        description = "Connect a tenant's CRM account by the customer's authorisation: print the provider's page,"
                + " wait for its redirect on a loopback callback, store the connection.")
final class ConnectCommand implements Callable<Integer> {

    @Option(names = "--config", required = true, description = "The server's properties file (database, connectors).")
    Path config;

    @Option(names = "--tenant", required = true, description = "The tenant id (create it with 'keys create').")
    String tenant;

    @Option(names = "--connection", required = true, description = "The connection id to create or reconnect.")
    String connection;

    @Option(names = "--connector", defaultValue = "salesforce", description = "The connector. Default: ${DEFAULT-VALUE}")
    String connector;

    @Option(names = "--setting", description = "A connection setting, such as login_url=https://test.salesforce.com;"
            + " repeatable.")
    Map<String, String> settings = new LinkedHashMap<>();

    @Option(names = "--callback", defaultValue = "http://localhost:1717/callback",
            description = "Loopback URL the provider redirects to, as registered with its app. Default: ${DEFAULT-VALUE}")
    URI callback;

    @Spec
    CommandSpec spec;

    private final Map<String, String> environment;

    ConnectCommand(Map<String, String> environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        InetSocketAddress listenOn = loopbackAddress(callback);
        ServerSettings server = ServerSettings.load(config, environment);
        Crosswalk.Builder builder = Crosswalk.builder().database(server.database());
        server.connectors().forEach(builder::connector);
        BlockingQueue<Map<String, String>> callbacks = new LinkedBlockingQueue<>();
        HttpServer listener = listen(listenOn, callbacks);
        try (Crosswalk crosswalk = builder.build()) {
            AuthorizeConnectionUseCase authorization = crosswalk.authorization();
            ConnectionRef ref = new ConnectionRef(new TenantId(tenant), new ConnectionId(connection));
            var started = authorization.start(ref, connector, settings, callback, null);
            out.println("Open this page in a browser, sign in as a user of the account to connect, and allow access:");
            out.println(started.authorizeUrl());
            out.println("Waiting for the redirect to " + callback + " until " + started.expiresAt() + " ...");
            out.flush();
            Duration left = Duration.between(Clock.systemUTC().instant(), started.expiresAt());
            Map<String, String> query = callbacks.poll(Math.max(1, left.toMillis()), TimeUnit.MILLISECONDS);
            if (query == null) {
                out.println("no redirect arrived before the page expired; run the command again");
                return 1;
            }
            return finish(authorization, query, out);
        } finally {
            listener.stop(0);
        }
    }

    private int finish(AuthorizeConnectionUseCase authorization, Map<String, String> query, PrintWriter out) {
        String state = query.getOrDefault("state", "");
        Outcome outcome;
        try {
            outcome = query.containsKey("error")
                    ? authorization.refuse(state, query.get("error"), query.get("error_description"))
                    : authorization.complete(state, query.getOrDefault("code", ""));
        } catch (UseCaseException.UnknownAuthorization unknown) {
            out.println("the redirect did not match this authorisation: " + unknown.getMessage());
            return 1;
        }
        if (outcome.succeeded()) {
            var connected = outcome.connected().get().connection();
            out.println("Connected: connection '" + connected.id().value() + "' of tenant '" + tenant + "' ("
                    + connected.connectorKind() + ", " + connected.instanceUrl() + ") is " + "active.");
            return 0;
        }
        out.println("Not connected: " + outcome.error().get() + outcome.errorDescription().map(said -> ": " + said)
                .orElse(""));
        return 1;
    }

    /** @throws IllegalArgumentException unless the callback is an http URL on this machine's loopback interface */
    private static InetSocketAddress loopbackAddress(URI callback) throws IOException {
        if (!"http".equals(callback.getScheme()) || callback.getHost() == null || callback.getPort() == -1
                || !InetAddress.getByName(callback.getHost()).isLoopbackAddress()) {
            throw new IllegalArgumentException("--callback must be an http URL with a port on this machine's loopback"
                    + " interface, such as http://localhost:1717/callback; was " + callback);
        }
        return new InetSocketAddress(InetAddress.getByName(callback.getHost()), callback.getPort());
    }

    /** Answers the browser and hands the first redirect's query to the command. */
    private HttpServer listen(InetSocketAddress address, BlockingQueue<Map<String, String>> callbacks)
            throws IOException {
        HttpServer listener = HttpServer.create(address, 0);
        String path = Optional.ofNullable(callback.getPath()).filter(p -> !p.isEmpty()).orElse("/");
        listener.createContext(path, exchange -> {
            Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
            callbacks.offer(query);
            reply(exchange, "<!DOCTYPE html><html><head><title>Crosswalk</title></head><body><p>Crosswalk received"
                    + " the redirect. Go back to the terminal to see how it went; you can close this window.</p>"
                    + "</body></html>");
        });
        listener.start();
        return listener;
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> values = new LinkedHashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                String[] parts = pair.split("=", 2);
                values.putIfAbsent(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                        parts.length < 2 ? "" : URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
            }
        }
        return values;
    }

    private static void reply(HttpExchange exchange, String html) throws IOException {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
