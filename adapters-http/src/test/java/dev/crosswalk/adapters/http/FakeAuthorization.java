package dev.crosswalk.adapters.http;

import dev.crosswalk.core.domain.Connection;
import dev.crosswalk.core.domain.ConnectionRef;
import dev.crosswalk.core.domain.Secret;
import dev.crosswalk.core.port.in.AuthorizeConnectionUseCase;
import dev.crosswalk.core.port.in.ConnectionOverview;
import dev.crosswalk.core.port.in.UseCaseException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An authorisation use case that remembers what it was asked: states are {@code state-1}, {@code state-2}, ...; the
 * code {@code good} connects, any other fails the exchange; each state is used once. Thread-safe.
 */
final class FakeAuthorization implements AuthorizeConnectionUseCase {

    record Request(ConnectionRef connection, String connector, Map<String, String> settings,
            Map<String, Secret> secretSettings, URI redirectUri, URI returnUrl) {
    }

    private final Map<String, Request> pending = new ConcurrentHashMap<>();
    final List<Request> started = new CopyOnWriteArrayList<>();

    @Override
    public Started start(ConnectionRef connection, String connectorKind, Map<String, String> settings, URI redirectUri,
            URI returnUrl) {
        return start(connection, connectorKind, settings, Map.of(), redirectUri, returnUrl);
    }

    @Override
    public Started start(ConnectionRef connection, String connectorKind, Map<String, String> settings,
            Map<String, Secret> secretSettings, URI redirectUri, URI returnUrl) {
        if (!connectorKind.equals("salesforce")) {
            throw new UseCaseException.ConnectorNotInstalled(connectorKind);
        }
        Request request = new Request(connection, connectorKind, settings, secretSettings, redirectUri, returnUrl);
        started.add(request);
        String state = "state-" + started.size();
        pending.put(state, request);
        return new Started(URI.create("https://login.example/authorize?state=" + state),
                Instant.parse("2026-12-06T10:10:00Z"));
    }

    @Override
    public Outcome complete(String state, String code) {
        Request request = take(state);
        if (!code.equals("good")) {
            return outcome(request, null, "token_exchange_failed", "invalid_grant: invalid authorization code");
        }
        Connection connection = Connection.builder(request.connection(), request.connector(),
                URI.create("https://eu1.crm.example")).build();
        return outcome(request, ConnectionOverview.of(connection, null, null), null, null);
    }

    @Override
    public Outcome refuse(String state, String error, String description) {
        return outcome(take(state), null, error, description);
    }

    private Request take(String state) {
        Request request = pending.remove(state);
        if (request == null) {
            throw new UseCaseException.UnknownAuthorization("no authorisation is in progress with this state");
        }
        return request;
    }

    private static Outcome outcome(Request request, ConnectionOverview connected, String error, String description) {
        return new Outcome(request.connection(), Optional.ofNullable(connected), Optional.ofNullable(error),
                Optional.ofNullable(description), Optional.ofNullable(request.returnUrl()));
    }
}
