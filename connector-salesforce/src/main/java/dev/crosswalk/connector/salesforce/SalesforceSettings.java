package dev.crosswalk.connector.salesforce;

import dev.crosswalk.core.domain.Secret;
import dev.crosswalk.spi.config.ConfigKey;
import dev.crosswalk.spi.config.ConfigSpec;
import dev.crosswalk.spi.config.ConfigType;
import dev.crosswalk.spi.config.ConnectorConfig;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

/** The Salesforce connector's validated configuration. Immutable. */
record SalesforceSettings(
        String clientId,
        Secret clientSecret,
        URI loginUrl,
        String apiVersion,
        Duration sessionTimeout,
        Duration describeCacheTtl,
        int describeCacheEntries,
        Duration connectTimeout,
        Duration readTimeout,
        Optional<Secret> jwtPrivateKey,
        String oauthScopes) {

    static final String CLIENT_ID = "client_id";
    static final String CLIENT_SECRET = "client_secret";
    static final String LOGIN_URL = "login_url";
    static final String API_VERSION = "api_version";
    static final String SESSION_TIMEOUT = "session_timeout";
    static final String DESCRIBE_CACHE_TTL = "describe_cache_ttl";
    static final String DESCRIBE_CACHE_ENTRIES = "describe_cache_entries";
    static final String CONNECT_TIMEOUT = "connect_timeout";
    static final String READ_TIMEOUT = "read_timeout";
    static final String JWT_PRIVATE_KEY = "jwt_private_key";
    static final String OAUTH_SCOPES = "oauth_scopes";

    private static final Pattern API_VERSION_SHAPE = Pattern.compile("v\\d{2,3}\\.0");

    static final ConfigSpec SPEC = ConfigSpec.builder()
            .key(ConfigKey.required(CLIENT_ID, ConfigType.STRING,
                    "Consumer key of the Connected App the customer's admin installed."))
            .key(ConfigKey.secret(CLIENT_SECRET, "Consumer secret of that Connected App."))
            .key(ConfigKey.optional(LOGIN_URL, ConfigType.URL, "https://login.salesforce.com",
                    "Where tokens are refreshed: the login host, a sandbox login host or the org's My Domain."))
            .key(ConfigKey.optional(API_VERSION, ConfigType.STRING, "v62.0",
                    "REST API version used for every call, such as v62.0."))
            .key(ConfigKey.optional(SESSION_TIMEOUT, ConfigType.DURATION, "PT2H",
                    "The org's session timeout. Salesforce sends no expires_in, so tokens are refreshed this long"
                            + " after issue (less a 30 s buffer), or sooner when Salesforce refuses one."))
            .key(ConfigKey.optional(DESCRIBE_CACHE_TTL, ConfigType.DURATION, "PT15M",
                    "How long a Describe result (objects, fields) is used before it is revalidated with"
                            + " If-Modified-Since; an unchanged result is kept for another period without being sent"
                            + " again."))
            .key(ConfigKey.optional(DESCRIBE_CACHE_ENTRIES, ConfigType.INTEGER, "1000",
                    "Most Describe results kept at once, across all connections (and as many object lists);"
                            + " the least recently used goes first."))
            .key(ConfigKey.optional(CONNECT_TIMEOUT, ConfigType.DURATION, "PT10S", "TCP connect timeout."))
            .key(ConfigKey.optional(READ_TIMEOUT, ConfigType.DURATION, "PT60S", "Timeout for a whole response."))
            .key(ConfigKey.optionalSecret(JWT_PRIVATE_KEY, "PEM (PKCS#8) RSA private key whose certificate is uploaded"
                    + " to the Connected App; signs the assertions of connections whose grant is jwt_bearer."))
            .key(ConfigKey.optional(OAUTH_SCOPES, ConfigType.STRING, "api refresh_token",
                    "Scopes a customer's authorisation asks for, separated by spaces; refresh_token lets the"
                            + " connection renew its access on its own."))
            .rule(OAUTH_SCOPES, "scopes separated by spaces, including api", scopes ->
                    java.util.List.of(scopes.trim().split("\\s+")).contains("api"))
            .rule(API_VERSION, "a version such as v62.0", version -> API_VERSION_SHAPE.matcher(version).matches())
            .rule(SESSION_TIMEOUT, "positive", SalesforceSettings::positive)
            .rule(DESCRIBE_CACHE_TTL, "positive", SalesforceSettings::positive)
            .rule(DESCRIBE_CACHE_ENTRIES, "from 1 to 1000000", entries -> {
                long parsed = Long.parseLong(entries);
                return parsed >= 1 && parsed <= 1_000_000;
            })
            .rule(CONNECT_TIMEOUT, "positive", SalesforceSettings::positive)
            .rule(READ_TIMEOUT, "positive", SalesforceSettings::positive)
            .rule(JWT_PRIVATE_KEY, "a PKCS#8 RSA private key in PEM", JwtAssertion::readable)
            .build();

    private static boolean positive(String duration) {
        Duration parsed = Duration.parse(duration);
        return !parsed.isNegative() && !parsed.isZero();
    }

    static SalesforceSettings from(ConnectorConfig config) {
        return new SalesforceSettings(
                config.string(CLIENT_ID),
                config.secret(CLIENT_SECRET),
                config.url(LOGIN_URL),
                config.string(API_VERSION).trim(),
                config.duration(SESSION_TIMEOUT),
                config.duration(DESCRIBE_CACHE_TTL),
                Math.toIntExact(config.integer(DESCRIBE_CACHE_ENTRIES)),
                config.duration(CONNECT_TIMEOUT),
                config.duration(READ_TIMEOUT),
                config.optionalSecret(JWT_PRIVATE_KEY),
                String.join(" ", config.string(OAUTH_SCOPES).trim().split("\\s+")));
    }
}
