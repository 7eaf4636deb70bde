package dev.crosswalk.server;

import dev.crosswalk.adapters.persistence.DatabaseSettings;
import dev.crosswalk.adapters.persistence.TokenEncryptionKey;
import dev.crosswalk.core.domain.Connection;
import dev.crosswalk.core.domain.ConnectionId;
import dev.crosswalk.core.domain.ConnectionRef;
import dev.crosswalk.core.domain.OAuthTokens;
import dev.crosswalk.core.domain.Secret;
import dev.crosswalk.core.domain.TenantId;
import dev.crosswalk.core.port.in.ProvisionTenantUseCase;
import dev.crosswalk.emulator.hubspot.HubSpotEmulator;
import dev.crosswalk.testkit.salesforce.EmulatorCredentials;
import dev.crosswalk.testkit.salesforce.SalesforceEmulator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.Map;

/**
 * Demo mode: the Salesforce and HubSpot emulators in-process with seeded data, the server on an embedded H2 file
 * database under a local data folder, and a demo tenant with a fresh API key (earlier demo keys revoked), a Salesforce
 * connection to the one emulator and a HubSpot connection to the other.
 */
final class Demo implements AutoCloseable {

    static final TenantId TENANT = new TenantId("demo");
    static final ConnectionId CONNECTION = new ConnectionId("demo-salesforce");
    static final ConnectionId HUBSPOT_CONNECTION = new ConnectionId("demo-hubspot");

    private final SalesforceEmulator emulator;
    private final HubSpotEmulator hubspot;
    private final CrosswalkServer server;
    private final Secret apiKey;

    private Demo(SalesforceEmulator emulator, HubSpotEmulator hubspot, CrosswalkServer server, Secret apiKey) {
        this.emulator = emulator;
        this.hubspot = hubspot;
        this.server = server;
        this.apiKey = apiKey;
    }

    static Demo start(Path dataDirectory, String host, int port, int contacts) {
        SalesforceEmulator emulator = SalesforceEmulator.builder()
                .port(0).seed(42).contacts(contacts).accounts(Math.max(1, contacts / 10))
                .opportunities(Math.max(1, contacts / 5)).dealRegistrations(Math.max(1, contacts / 25))
                .customerConnectedApp(null).start();
        HubSpotEmulator hubspot;
        try {
            hubspot = HubSpotEmulator.builder().port(0).seed(42).contacts(contacts)
                    .companies(Math.max(1, contacts / 10)).deals(Math.max(1, contacts / 5)).start();
        } catch (RuntimeException failed) {
            emulator.close();
            throw failed;
        }
        try {
            EmulatorCredentials credentials = emulator.credentials();
            ServerSettings settings = new ServerSettings(host, port,
                    DatabaseSettings.h2File(dataDirectory, tokenKey(dataDirectory)),
                    Map.of("salesforce", Map.of(
                            "client_id", credentials.clientId(),
                            "client_secret", credentials.clientSecret(),
                            "login_url", emulator.baseUrl().toString(),
                            "api_version", emulator.apiVersion()),
                            "hubspot", Map.of(
                            "client_id", hubspot.credentials().clientId(),
                            "client_secret", hubspot.credentials().clientSecret(),
                            "api_url", hubspot.baseUrl().toString())));
            CrosswalkServer server = CrosswalkServer.start(settings);
            try {
                ProvisionTenantUseCase provisioning = server.service(ProvisionTenantUseCase.class);
                // a demo started again in the same data folder revokes the keys it printed before
                Secret apiKey = provisioning.replaceApiKeys(TENANT, "Demo tenant");
                provisioning.connect(
                        Connection.builder(new ConnectionRef(TENANT, CONNECTION), "salesforce", emulator.baseUrl())
                                .build(),
                        OAuthTokens.builder(server.service(Clock.class).instant())
                                .refreshToken(Secret.of(credentials.refreshToken())).build());
                // as after the customer installed the app in its portal: the first call refreshes the access token
                provisioning.connect(
                        Connection.builder(new ConnectionRef(TENANT, HUBSPOT_CONNECTION), "hubspot",
                                hubspot.baseUrl()).build(),
                        OAuthTokens.builder(server.service(Clock.class).instant())
                                .refreshToken(Secret.of(hubspot.credentials().refreshToken())).build());
                return new Demo(emulator, hubspot, server, apiKey);
            } catch (RuntimeException provisioningFailed) {
                server.close();
                throw provisioningFailed;
            }
        } catch (RuntimeException failed) {
            hubspot.close();
            emulator.close();
            throw failed;
        }
    }

    URI url() {
        return server.url();
    }

    /** @return the demo tenant's API key, shown once on the console by the demo command */
    Secret apiKey() {
        return apiKey;
    }

    URI contactsUrl() {
        return url("contacts", "page_size=200");
    }

    /** @return the URL of a unified route for the demo connection, with further query parameters if given */
    URI url(String route, String query) {
        return URI.create(server.url() + "/unified/crm/" + route + "?connection_id=" + CONNECTION.value()
                + (query.isEmpty() ? "" : "&" + query));
    }

    String curl() {
        return curl(contactsUrl());
    }

    String curl(URI url) {
        return "curl -s -H 'Authorization: Bearer " + apiKey.reveal() + "' '" + url + "'";
    }

    /** @return where the in-process emulator listens */
    URI emulatorBaseUrl() {
        return emulator.baseUrl();
    }

    /** @return where the in-process HubSpot emulator listens */
    URI hubSpotBaseUrl() {
        return hubspot.baseUrl();
    }

    /**
     * @return the emulator org's second Connected App, a customer's own, as its admin would hand over its consumer key
     *     and secret (for connections that use it instead of the operator's)
     */
    EmulatorCredentials customerAppCredentials() {
        return emulator.customerAppCredentials();
    }

    /** @return the emulator's connected app and user, as an OAuth flow would have produced them */
    EmulatorCredentials emulatorCredentials() {
        return emulator.credentials();
    }

    <T> T service(Class<T> type) {
        return server.service(type);
    }

    @Override
    public void close() {
        server.close();
        hubspot.close();
        emulator.close();
    }

    /** Creates the file with owner-only permissions from the start, so the key is never readable by others. */
    private static void createOwnerOnly(Path file) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file); // Windows: the file inherits the data folder's ACL
        }
    }

    /** Reuses the data folder's token key, or creates one readable by its owner only. */
    private static TokenEncryptionKey tokenKey(Path dataDirectory) {
        Path keyFile = dataDirectory.resolve("token.key");
        try {
            Files.createDirectories(dataDirectory);
            if (Files.exists(keyFile)) {
                return TokenEncryptionKey.fromBase64(Files.readString(keyFile, StandardCharsets.US_ASCII).trim());
            }
            TokenEncryptionKey key = TokenEncryptionKey.generate();
            createOwnerOnly(keyFile);
            Files.writeString(keyFile, key.toBase64(), StandardCharsets.US_ASCII);
            return key;
        } catch (IOException unreadable) {
            throw new UncheckedIOException("cannot read or create the token key in " + dataDirectory, unreadable);
        }
    }
}
