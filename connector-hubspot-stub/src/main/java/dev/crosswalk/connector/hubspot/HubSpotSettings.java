package dev.crosswalk.connector.hubspot;

import dev.crosswalk.core.domain.Secret;
import dev.crosswalk.spi.config.ConfigKey;
import dev.crosswalk.spi.config.ConfigSpec;
import dev.crosswalk.spi.config.ConfigType;
import dev.crosswalk.spi.config.ConnectorConfig;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * The HubSpot connector's validated configuration. Immutable. Every call goes to {@link #apiUrl()}, never to a URL a
 * connection names, so a tenant cannot send its tokens elsewhere.
 */
record HubSpotSettings(
        Optional<String> clientId,
        Optional<Secret> clientSecret,
        URI apiUrl,
        URI authorizeUrl,
        String oauthScopes,
        Duration schemaCacheTtl,
        int searchRequestsPerSecond,
        int maxPropertiesPerUrl,
        Duration connectTimeout,
        Duration readTimeout) {

    static final String CLIENT_ID = "client_id";
    static final String CLIENT_SECRET = "client_secret";
    static final String API_URL = "api_url";
    static final String AUTHORIZE_URL = "authorize_url";
    static final String OAUTH_SCOPES = "oauth_scopes";
    static final String SCHEMA_CACHE_TTL = "schema_cache_ttl";
    static final String SEARCH_RATE = "search_requests_per_second";
    static final String MAX_PROPERTIES_PER_URL = "max_properties_per_url";
    static final String CONNECT_TIMEOUT = "connect_timeout";
    static final String READ_TIMEOUT = "read_timeout";

    static final ConfigSpec SPEC = ConfigSpec.builder()
            .key(ConfigKey.optionalSecret(CLIENT_ID, "Client id of the public app customers install; connections the"
                    + " customer authorises and refreshes need it, private-app connections do not. Masked like the"
                    + " secret, as the two are the app's credentials."))
            .key(ConfigKey.optionalSecret(CLIENT_SECRET, "Client secret of that app."))
            .key(ConfigKey.optional(API_URL, ConfigType.URL, "https://api.hubapi.com",
                    "HubSpot's API base URL; every call and token refresh goes there. Change it only to test"
                            + " against an emulator."))
            .key(ConfigKey.optional(AUTHORIZE_URL, ConfigType.URL, "https://app.hubspot.com/oauth/authorize",
                    "Where customers are sent to install the app and allow access."))
            .key(ConfigKey.optional(OAUTH_SCOPES, ConfigType.STRING, "oauth crm.objects.contacts.read"
                            + " crm.objects.companies.read crm.objects.deals.read crm.schemas.contacts.read"
                            + " crm.schemas.companies.read crm.schemas.deals.read",
                    "Scopes a customer's authorisation asks for, separated by spaces."))
            .key(ConfigKey.optional(SCHEMA_CACHE_TTL, ConfigType.DURATION, "PT15M",
                    "How long an object's properties are used before they are read again."))
            .key(ConfigKey.optional(SEARCH_RATE, ConfigType.INTEGER, "4",
                    "Most search calls this server sends a second for one connection, spread evenly: HubSpot allows"
                            + " about 5 a second per account and answers more with 429; the default leaves a margin"
                            + " for the time requests take to arrive."))
            .key(ConfigKey.optional(MAX_PROPERTIES_PER_URL, ConfigType.INTEGER, "150",
                    "Most properties a read names in its URL; a read of more (every property of a portal with"
                            + " hundreds) names them in a batch read's body instead, one more call a page."))
            .key(ConfigKey.optional(CONNECT_TIMEOUT, ConfigType.DURATION, "PT10S", "TCP connect timeout."))
            .key(ConfigKey.optional(READ_TIMEOUT, ConfigType.DURATION, "PT60S", "Timeout for a whole response."))
            .rule(SCHEMA_CACHE_TTL, "positive", HubSpotSettings::positive)
            .rule(SEARCH_RATE, "from 1 to 1000", rate -> {
                long parsed = Long.parseLong(rate);
                return parsed >= 1 && parsed <= 1000;
            })
            .rule(MAX_PROPERTIES_PER_URL, "from 1 to 1000", count -> {
                long parsed = Long.parseLong(count);
                return parsed >= 1 && parsed <= 1000;
            })
            .rule(CONNECT_TIMEOUT, "positive", HubSpotSettings::positive)
            .rule(READ_TIMEOUT, "positive", HubSpotSettings::positive)
            .build();

    private static boolean positive(String duration) {
        Duration parsed = Duration.parse(duration);
        return !parsed.isNegative() && !parsed.isZero();
    }

    static HubSpotSettings from(ConnectorConfig config) {
        return new HubSpotSettings(
                config.optionalSecret(CLIENT_ID).map(id -> id.reveal().trim()).filter(id -> !id.isEmpty()),
                config.optionalSecret(CLIENT_SECRET),
                config.url(API_URL),
                config.url(AUTHORIZE_URL),
                String.join(" ", config.string(OAUTH_SCOPES).trim().split("\\s+")),
                config.duration(SCHEMA_CACHE_TTL),
                Math.toIntExact(config.integer(SEARCH_RATE)),
                Math.toIntExact(config.integer(MAX_PROPERTIES_PER_URL)),
                config.duration(CONNECT_TIMEOUT),
                config.duration(READ_TIMEOUT));
    }

    /** @return {@link #apiUrl()} followed by {@code path}, which starts with {@code /} */
    URI api(String path) {
        String base = apiUrl.toString();
        return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path);
    }
}
