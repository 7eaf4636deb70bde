package dev.crosswalk.server;

import dev.crosswalk.adapters.persistence.DatabaseSettings;
import dev.crosswalk.adapters.persistence.TokenEncryptionKey;
import dev.crosswalk.core.domain.Secret;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * Everything the server needs to start: where it listens, its database, and each connector's configuration.
 *
 * @param host the interface the HTTP API binds
 * @param port the HTTP port, 0 for a free one
 * @param database the database and the token encryption key
 * @param connectors raw configuration per connector kind (validated by each connector's spec)
 */
record ServerSettings(String host, int port, DatabaseSettings database, Map<String, Map<String, String>> connectors) {

    static final String TOKEN_KEY_ENV = "CROSSWALK_TOKEN_KEY";
    private static final String CONNECTOR_PREFIX = "connector.";

    ServerSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(database, "database");
        connectors = Map.copyOf(connectors);
    }

    /**
     * Reads {@code http.host}, {@code http.port}, {@code data.dir} or {@code database.url}/{@code .user}/
     * {@code .password}, and {@code connector.<kind>.<key>} entries. The token encryption key comes from the
     * {@value #TOKEN_KEY_ENV} environment variable, never from the file.
     */
    static ServerSettings fromProperties(Properties properties, Map<String, String> environment) {
        String base64Key = environment.get(TOKEN_KEY_ENV);
        if (base64Key == null || base64Key.isBlank()) {
            throw new IllegalArgumentException("set " + TOKEN_KEY_ENV + " to a base64 AES-256 key (32 random bytes);"
                    + " it encrypts OAuth tokens at rest");
        }
        TokenEncryptionKey key = TokenEncryptionKey.fromBase64(base64Key.trim());
        String url = properties.getProperty("database.url");
        DatabaseSettings database = url == null
                ? DatabaseSettings.h2File(Path.of(properties.getProperty("data.dir", "data")), key)
                : new DatabaseSettings(url, properties.getProperty("database.user"),
                        properties.getProperty("database.password") == null
                                ? null : Secret.of(properties.getProperty("database.password")),
                        key);
        return new ServerSettings(
                properties.getProperty("http.host", "127.0.0.1"),
                Integer.parseInt(properties.getProperty("http.port", "8080").trim()),
                database,
                connectorSections(properties));
    }

    private static Map<String, Map<String, String>> connectorSections(Properties properties) {
        Map<String, Map<String, String>> byKind = new LinkedHashMap<>();
        for (String name : properties.stringPropertyNames()) {
            if (name.startsWith(CONNECTOR_PREFIX)) {
                String rest = name.substring(CONNECTOR_PREFIX.length());
                int dot = rest.indexOf('.');
                if (dot <= 0 || dot == rest.length() - 1) {
                    throw new IllegalArgumentException("'" + name + "' must look like connector.<kind>.<key>");
                }
                byKind.computeIfAbsent(rest.substring(0, dot), kind -> new LinkedHashMap<>())
                        .put(rest.substring(dot + 1), properties.getProperty(name));
            }
        }
        return byKind;
    }

    @Override
    public String toString() {
        return "ServerSettings[host=" + host + ", port=" + port + ", connectors=" + connectors.keySet() + "]";
    }
}
