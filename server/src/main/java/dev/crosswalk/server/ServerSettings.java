package dev.crosswalk.server;

import dev.crosswalk.adapters.persistence.DatabaseSettings;
import dev.crosswalk.adapters.persistence.TokenEncryptionKey;
import dev.crosswalk.core.domain.Secret;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;

/**
 * Everything the server needs to start: where it listens, its database, and each connector's configuration.
 *
 * @param host the interface the HTTP API binds
 * @param port the HTTP port, 0 for a free one
 * @param database the database and the token encryption key
 * @param connectors raw configuration per connector kind (validated by each connector's spec)
 * @param callbackUrl the public URL of {@code /oauth/callback}, or {@code null} for the address the server listens on
 * @param returnUrls where tenants may have their customers sent back after an authorisation
 * @param webhookFirstRetry the wait before a failed webhook delivery is sent again (doubling to an hour)
 * @param quotaAlertThreshold the share of a CRM's API allowance at which a quota alert event is written
 * @param webhooksToPrivateAddresses whether webhook endpoints on loopback and private networks may be called
 */
record ServerSettings(String host, int port, DatabaseSettings database, Map<String, Map<String, String>> connectors,
        URI callbackUrl, List<URI> returnUrls, Duration webhookFirstRetry, double quotaAlertThreshold,
        boolean webhooksToPrivateAddresses) {

    static final String TOKEN_KEY_ENV = "CROSSWALK_TOKEN_KEY";
    static final String PREVIOUS_TOKEN_KEYS_ENV = "CROSSWALK_PREVIOUS_TOKEN_KEYS";
    private static final String CONNECTOR_PREFIX = "connector.";
    private static final String HTTP_HOST = "http.host";
    private static final String HTTP_PORT = "http.port";
    private static final String DATA_DIR = "data.dir";
    private static final String DATABASE_URL = "database.url";
    private static final String DATABASE_USER = "database.user";
    private static final String DATABASE_PASSWORD = "database.password";
    private static final String OAUTH_CALLBACK_URL = "oauth.callback_url";
    private static final String OAUTH_RETURN_URLS = "oauth.return_urls";
    private static final String WEBHOOKS_FIRST_RETRY = "webhooks.first_retry";
    static final Duration DEFAULT_WEBHOOK_RETRY = Duration.ofSeconds(10);
    private static final String QUOTA_ALERT_THRESHOLD = "quota.alert_threshold";
    static final double DEFAULT_QUOTA_ALERT = 0.8;
    private static final String WEBHOOKS_PRIVATE = "webhooks.allow_private_addresses";
    private static final List<String> KNOWN_KEYS = List.of(HTTP_HOST, HTTP_PORT, DATA_DIR, DATABASE_URL,
            DATABASE_USER, DATABASE_PASSWORD, OAUTH_CALLBACK_URL, OAUTH_RETURN_URLS, WEBHOOKS_FIRST_RETRY,
            QUOTA_ALERT_THRESHOLD, WEBHOOKS_PRIVATE);

    ServerSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(database, "database");
        connectors = Map.copyOf(connectors);
        returnUrls = List.copyOf(returnUrls);
        Objects.requireNonNull(webhookFirstRetry, "webhookFirstRetry");
    }

    /** Settings with the default callback, no return URL allowed and the default webhook retry. */
    ServerSettings(String host, int port, DatabaseSettings database, Map<String, Map<String, String>> connectors) {
        this(host, port, database, connectors, null, List.of(), DEFAULT_WEBHOOK_RETRY, DEFAULT_QUOTA_ALERT, false);
    }

    /**
     * Reads a properties file, then its settings as {@link #fromProperties} does.
     *
     * @throws IOException when the file cannot be read
     * @throws IllegalArgumentException naming every problem of the settings at once
     */
    static ServerSettings load(Path config, Map<String, String> environment) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(config)) {
            properties.load(in);
        }
        return fromProperties(properties, environment);
    }

    /**
     * Reads {@code http.host}, {@code http.port}, {@code data.dir} or {@code database.url}/{@code .user}/
     * {@code .password}, {@code oauth.callback_url}, {@code oauth.return_urls} (comma-separated),
     * {@code webhooks.first_retry}, {@code webhooks.allow_private_addresses}, {@code quota.alert_threshold} and
     * {@code connector.<kind>.<key>} entries. The token encryption key comes from the
     * {@value #TOKEN_KEY_ENV} environment variable, never from the file. Every key is checked; each connector's own
     * keys are checked by its spec when it starts.
     *
     * @throws IllegalArgumentException naming every problem at once: an unknown key (with the known key it most
     *     likely meant), a value of the wrong form, keys that exclude each other, a missing or malformed key
     */
    static ServerSettings fromProperties(Properties properties, Map<String, String> environment) {
        List<String> problems = new ArrayList<>();
        for (String name : new TreeSet<>(properties.stringPropertyNames())) {
            if (!KNOWN_KEYS.contains(name) && !name.startsWith(CONNECTOR_PREFIX)) {
                problems.add("'" + name + "' is not a known key" + closest(name).map(known -> " (did you mean '"
                        + known + "'?)").orElse(""));
            }
        }
        if (!problems.isEmpty()) {
            problems.add("the keys are " + String.join(", ", KNOWN_KEYS) + " and " + CONNECTOR_PREFIX + "<kind>.<key>");
        }
        String host = properties.getProperty(HTTP_HOST, "127.0.0.1").trim();
        if (host.isEmpty()) {
            problems.add("'" + HTTP_HOST + "' is blank; leave it out to listen on 127.0.0.1");
        }
        int port = port(properties.getProperty(HTTP_PORT, "8080"), problems);
        String url = properties.getProperty(DATABASE_URL);
        if (url != null && properties.getProperty(DATA_DIR) != null) {
            problems.add("'" + DATA_DIR + "' and '" + DATABASE_URL + "' exclude each other: data.dir is where the"
                    + " embedded H2 database lives, database.url names another database");
        }
        if (url == null) {
            for (String databaseKey : List.of(DATABASE_USER, DATABASE_PASSWORD)) {
                if (properties.getProperty(databaseKey) != null) {
                    problems.add("'" + databaseKey + "' needs '" + DATABASE_URL + "'; the embedded H2 database"
                            + " takes no credentials");
                }
            }
        }
        Map<String, Map<String, String>> connectors = connectorSections(properties, problems);
        URI callbackUrl = Optional.ofNullable(properties.getProperty(OAUTH_CALLBACK_URL))
                .map(value -> httpUrl(OAUTH_CALLBACK_URL, value, problems)).orElse(null);
        List<URI> returnUrls = Optional.ofNullable(properties.getProperty(OAUTH_RETURN_URLS)).stream()
                .flatMap(value -> Arrays.stream(value.split(","))).map(String::strip).filter(value -> !value.isEmpty())
                .map(value -> httpUrl(OAUTH_RETURN_URLS, value, problems)).filter(Objects::nonNull).toList();
        Duration webhookFirstRetry = firstRetry(properties.getProperty(WEBHOOKS_FIRST_RETRY), problems);
        double quotaAlert = quotaAlert(properties.getProperty(QUOTA_ALERT_THRESHOLD), problems);
        String privateAddresses = properties.getProperty(WEBHOOKS_PRIVATE, "false").strip();
        if (!List.of("true", "false").contains(privateAddresses)) {
            problems.add("'" + WEBHOOKS_PRIVATE + "' must be true or false, was '" + privateAddresses + "'");
        }
        TokenEncryptionKey key = tokenKey(environment, problems);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid configuration: " + String.join("; ", problems));
        }
        DatabaseSettings database = url == null
                ? DatabaseSettings.h2File(Path.of(properties.getProperty(DATA_DIR, "data").trim()), key)
                : new DatabaseSettings(url.trim(), properties.getProperty(DATABASE_USER),
                        properties.getProperty(DATABASE_PASSWORD) == null
                                ? null : Secret.of(properties.getProperty(DATABASE_PASSWORD)),
                        key);
        return new ServerSettings(host, port, database, connectors, callbackUrl, returnUrls, webhookFirstRetry,
                quotaAlert, privateAddresses.equals("true"));
    }

    private static double quotaAlert(String value, List<String> problems) {
        if (value == null) {
            return DEFAULT_QUOTA_ALERT;
        }
        try {
            double parsed = Double.parseDouble(value.strip());
            if (parsed > 0 && parsed <= 1) {
                return parsed;
            }
        } catch (NumberFormatException malformed) {
            // reported below
        }
        problems.add("'" + QUOTA_ALERT_THRESHOLD + "' must be a share of the allowance above 0 and at most 1, such as"
                + " 0.8, was '" + value + "'");
        return DEFAULT_QUOTA_ALERT;
    }

    private static Duration firstRetry(String value, List<String> problems) {
        if (value == null) {
            return DEFAULT_WEBHOOK_RETRY;
        }
        try {
            Duration parsed = Duration.parse(value.strip());
            if (!parsed.isNegative() && !parsed.isZero()) {
                return parsed;
            }
        } catch (java.time.format.DateTimeParseException malformed) {
            // reported below
        }
        problems.add("'" + WEBHOOKS_FIRST_RETRY + "' must be a positive ISO-8601 duration such as PT10S, was '" + value
                + "'");
        return DEFAULT_WEBHOOK_RETRY;
    }

    /** @return the value as an absolute http(s) URL with a host, or {@code null} after adding the problem */
    private static URI httpUrl(String key, String value, List<String> problems) {
        try {
            URI uri = new URI(value.strip());
            if (uri.getHost() != null && List.of("http", "https").contains(uri.getScheme())
                    && uri.getRawUserInfo() == null && uri.getRawFragment() == null) {
                return uri;
            }
        } catch (URISyntaxException malformed) {
            // reported below
        }
        problems.add("'" + key + "' needs absolute http(s) URLs without user info or fragment, was '" + value + "'");
        return null;
    }

    private static int port(String value, List<String> problems) {
        try {
            int port = Integer.parseInt(value.trim());
            if (port >= 0 && port <= 65_535) {
                return port;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        problems.add("'" + HTTP_PORT + "' must be a port number from 0 (any free port) to 65535, was '" + value + "'");
        return 0;
    }

    /** The current key, reading also the previous ones of a key change ({@value #PREVIOUS_TOKEN_KEYS_ENV}). */
    private static TokenEncryptionKey tokenKey(Map<String, String> environment, List<String> problems) {
        String base64Key = environment.get(TOKEN_KEY_ENV);
        if (base64Key == null || base64Key.isBlank()) {
            problems.add("set " + TOKEN_KEY_ENV + " to a base64 AES-256 key (32 random bytes); it encrypts OAuth"
                    + " tokens at rest");
            return null;
        }
        TokenEncryptionKey key;
        try {
            key = TokenEncryptionKey.fromBase64(base64Key.trim());
        } catch (IllegalArgumentException malformed) {
            problems.add(TOKEN_KEY_ENV + " is not a usable key: " + malformed.getMessage());
            return null;
        }
        List<TokenEncryptionKey> previous = new ArrayList<>();
        String older = environment.getOrDefault(PREVIOUS_TOKEN_KEYS_ENV, "");
        int position = 0;
        for (String each : older.split(",")) {
            if (each.isBlank()) {
                continue;
            }
            position++;
            try {
                previous.add(TokenEncryptionKey.fromBase64(each.trim()));
            } catch (IllegalArgumentException malformed) {
                problems.add("key " + position + " of " + PREVIOUS_TOKEN_KEYS_ENV + " is not a usable key: "
                        + malformed.getMessage());
            }
        }
        return previous.isEmpty() ? key : key.readingAlso(previous);
    }

    /** @return the known key a misspelt one most likely meant: at most two edits away */
    private static Optional<String> closest(String name) {
        return KNOWN_KEYS.stream()
                .filter(known -> editDistance(name, known) <= 2)
                .min(Comparator.comparingInt(known -> editDistance(name, known)));
    }

    private static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private static Map<String, Map<String, String>> connectorSections(Properties properties, List<String> problems) {
        Map<String, Map<String, String>> byKind = new LinkedHashMap<>();
        for (String name : new TreeSet<>(properties.stringPropertyNames())) {
            if (name.startsWith(CONNECTOR_PREFIX)) {
                String rest = name.substring(CONNECTOR_PREFIX.length());
                int dot = rest.indexOf('.');
                if (dot <= 0 || dot == rest.length() - 1) {
                    problems.add("'" + name + "' must look like connector.<kind>.<key>");
                    continue;
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
