package dev.crosswalk.emulator.hubspot;

import dev.crosswalk.emulator.hubspot.crm.AssociationsEndpoint;
import dev.crosswalk.emulator.hubspot.crm.BatchEndpoints;
import dev.crosswalk.emulator.hubspot.crm.Gate;
import dev.crosswalk.emulator.hubspot.crm.ObjectEndpoints;
import dev.crosswalk.emulator.hubspot.crm.ObjectWrites;
import dev.crosswalk.emulator.hubspot.crm.PropertiesEndpoint;
import dev.crosswalk.emulator.hubspot.crm.SearchEndpoint;
import dev.crosswalk.emulator.hubspot.data.Portal;
import dev.crosswalk.emulator.hubspot.data.PortalSeeder;
import dev.crosswalk.emulator.hubspot.http.Dispatcher;
import dev.crosswalk.emulator.hubspot.http.HubSpotCall;
import dev.crosswalk.emulator.hubspot.http.RateLimits;
import dev.crosswalk.emulator.hubspot.oauth.OAuthApp;
import dev.crosswalk.emulator.hubspot.oauth.OAuthEndpoints;
import dev.crosswalk.emulator.hubspot.oauth.Tokens;
import dev.crosswalk.emulator.support.Arguments;
import dev.crosswalk.emulator.support.FaultPlan;
import dev.crosswalk.emulator.support.GrantCounts;
import dev.crosswalk.emulator.support.LoopbackServer;
import dev.crosswalk.emulator.support.RequestLog;
import dev.crosswalk.emulator.support.RouteTable;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * A local HTTP server that speaks HubSpot's CRM v3 wire format over deterministic in-memory portals: OAuth v1 and
 * private-app tokens, objects (list, read, search, create, update, archive, batch), properties, v4 associations and
 * the rate limits with their headers and 429s. See {@code emulator-hubspot/README.md} for what it serves.
 *
 * <pre>{@code
 * try (HubSpotEmulator hubspot = HubSpotEmulator.builder().seed(42).contacts(500).start()) {
 *     URI api = hubspot.baseUrl();                       // use in place of HubSpot's API host
 *     String token = hubspot.credentials().privateAppToken();
 * }
 * }</pre>
 *
 * <p>It listens on 127.0.0.1 only. All methods are thread-safe. The same seed, counts and clock start give the same
 * portals, records and credentials.
 */
public final class HubSpotEmulator implements AutoCloseable {

    private final LoopbackServer server;
    private final List<HubSpotCredentials> credentials;
    private final Tokens tokens;
    private final RequestLog requestLog;
    private final RouteTable<HubSpotCall> routes;
    private final FaultPlan<HubSpotFault> faults;
    private final GrantCounts grants;
    private final RateLimits limits;

    private HubSpotEmulator(LoopbackServer server, List<HubSpotCredentials> credentials, Tokens tokens, RequestLog requestLog,
            RouteTable<HubSpotCall> routes, FaultPlan<HubSpotFault> faults, GrantCounts grants, RateLimits limits) {
        this.server = server;
        this.credentials = List.copyOf(credentials);
        this.tokens = tokens;
        this.requestLog = requestLog;
        this.routes = routes;
        this.faults = faults;
        this.grants = grants;
        this.limits = limits;
    }

    /** A builder with small defaults: seed 42, one portal, 20 companies, 250 contacts, 40 deals, the UTC system clock. */
    public static Builder builder() {
        return new Builder();
    }

    /** {@code http://127.0.0.1:<port>}, without a trailing slash: use it in place of HubSpot's API host. */
    public URI baseUrl() {
        return server.baseUrl();
    }

    /** The first portal's credentials. */
    public HubSpotCredentials credentials() {
        return credentials.get(0);
    }

    /** Every portal's credentials, the first first; a token of one portal never sees another's records. */
    public List<HubSpotCredentials> portalCredentials() {
        return credentials;
    }

    /** Every OAuth access token issued so far expires now: CRM calls with one get 401 {@code EXPIRED_AUTHENTICATION}. */
    public void expireAccessTokens() {
        tokens.expireAll();
    }

    /**
     * Revokes a refresh token, as when the app is uninstalled: refreshing with it gets 400 {@code BAD_REFRESH_TOKEN}.
     *
     * @return false if the token was unknown or already revoked
     */
    public boolean revokeRefreshToken(String refreshToken) {
        return tokens.revokeRefreshToken(refreshToken);
    }

    /** The faults to inject; empty at start, drawn from a stream seeded by {@link Builder#seed(long)}. */
    public FaultPlan<HubSpotFault> faults() {
        return faults;
    }

    /** Every request answered so far, refused ones included. */
    public RequestLog requestLog() {
        return requestLog;
    }

    /** Requests answered per route, keyed {@code "METHOD path-pattern"}, sorted. */
    public Map<String, Integer> requestCounts() {
        return requestLog.countsByRoute(routes);
    }

    /** Token requests per {@code grant_type} ({@code authorization_code}, {@code refresh_token}), answered or refused. */
    public Map<String, Integer> tokenGrants() {
        return grants.snapshot();
    }

    /**
     * @param hubId a portal's hub id
     * @param privateApp whether to count the portal's private-app calls or its OAuth calls
     * @return the calls counted in the ten-second burst window ending now, as the {@code X-HubSpot-RateLimit-Remaining}
     *     header reports them (searches excluded)
     */
    public int burstUsed(long hubId, boolean privateApp) {
        return limits.burstUsed(hubId, privateApp);
    }

    /** @return the most calls of one portal and kind of token in any ten seconds ({@link Builder#burstLimit}) */
    public int burstLimit() {
        return limits.burstMax();
    }

    /** Stops the server at once; open connections are dropped. Idempotent. */
    @Override
    public void close() {
        server.close();
    }

    /** Configures an emulator. Not thread-safe; {@link #start()} may be called more than once. */
    public static final class Builder {

        static final int MAX_PORTALS = 8;

        private int port;
        private long seed = 42L;
        private int portals = 1;
        private int companies = 20;
        private int contacts = 250;
        private int deals = 40;
        private Clock clock = Clock.systemUTC();
        private Duration accessTokenLifetime = Duration.ofMinutes(30);
        private int burstLimit = 110;
        private long dailyLimit = 250_000;
        private int searchesPerSecond = 5;
        private String redirectUri = "http://127.0.0.1:8080/oauth/callback";

        private Builder() {
        }

        /** TCP port on 127.0.0.1; 0 (the default) picks a free one. */
        public Builder port(int port) {
            this.port = Arguments.port(port);
            return this;
        }

        /** Seed of the data, hub ids and credentials. */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** How many portals (default 1, at most {@value #MAX_PORTALS}); each gets its own records and tokens. */
        public Builder portals(int count) {
            this.portals = Arguments.within(count, 1, MAX_PORTALS, "portals");
            return this;
        }

        /** Companies per portal (default 20). */
        public Builder companies(int count) {
            this.companies = (int) Arguments.count(count, "companies");
            return this;
        }

        /** Contacts per portal (default 250); contact {@code i}'s primary company is company {@code i mod companies}. */
        public Builder contacts(int count) {
            this.contacts = (int) Arguments.count(count, "contacts");
            return this;
        }

        /** Deals per portal (default 40); deal {@code i}'s primary company is company {@code i mod companies}. */
        public Builder deals(int count) {
            this.deals = (int) Arguments.count(count, "deals");
            return this;
        }

        /** The clock for token expiry, rate windows and timestamps (default {@link Clock#systemUTC()}). */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** How long an OAuth access token lives (default 30 minutes, {@code expires_in: 1800}). */
        public Builder accessTokenLifetime(Duration lifetime) {
            this.accessTokenLifetime = Arguments.positive(lifetime, "access token lifetime");
            return this;
        }

        /** Requests per portal and kind of token in any ten seconds (default 110, a public app's); more get 429. */
        public Builder burstLimit(int max) {
            this.burstLimit = (int) Arguments.positive(max, "burstLimit");
            return this;
        }

        /** A private app's requests per portal and UTC day (default 250,000); more get 429 {@code DAILY}. */
        public Builder dailyLimit(long max) {
            this.dailyLimit = Arguments.positive(max, "dailyLimit");
            return this;
        }

        /** Searches per portal in any second (default 5); more get 429 {@code SECONDLY}. */
        public Builder searchesPerSecond(int max) {
            this.searchesPerSecond = (int) Arguments.positive(max, "searchesPerSecond");
            return this;
        }

        /** The public app's registered redirect URI (default {@code http://127.0.0.1:8080/oauth/callback}). */
        public Builder redirectUri(String uri) {
            this.redirectUri = Objects.requireNonNull(uri, "uri");
            return this;
        }

        /**
         * Seeds the portals and starts the server.
         *
         * @throws java.io.UncheckedIOException if the port cannot be bound
         */
        public HubSpotEmulator start() {
            Instant anchor = clock.instant().truncatedTo(ChronoUnit.SECONDS);
            SplittableRandom random = new SplittableRandom(seed);
            OAuthApp app = new OAuthApp(uuid(random), uuid(random), redirectUri);
            Tokens tokens = new Tokens(clock, accessTokenLifetime, seed);
            List<Portal> portalList = new ArrayList<>();
            List<HubSpotCredentials> credentials = new ArrayList<>();
            for (int i = 0; i < portals; i++) {
                long hubId = 20_000_000L + random.nextInt(80_000_000);
                Portal portal = new Portal(hubId, "emulated-" + hubId + ".crosswalk.example");
                new PortalSeeder(seed + 7_919L * i, anchor).seed(portal, companies, contacts, deals);
                portalList.add(portal);
                credentials.add(new HubSpotCredentials(hubId, app.clientId(), app.clientSecret(), redirectUri,
                        tokens.newRefreshToken(portal), tokens.newPrivateAppToken(portal)));
            }
            RequestLog log = new RequestLog();
            FaultPlan<HubSpotFault> faults = new FaultPlan<>(seed);
            GrantCounts grants = new GrantCounts();
            RouteTable<HubSpotCall> routes = new RouteTable<>();
            RateLimits limits = new RateLimits(clock, burstLimit, dailyLimit, searchesPerSecond);
            Gate gate = new Gate(tokens, limits);
            ObjectWrites writes = new ObjectWrites(clock);
            new OAuthEndpoints(app, tokens, portalList, grants, clock).register(routes);
            new SearchEndpoint(gate).register(routes);
            new BatchEndpoints(gate, writes, clock).register(routes);
            new ObjectEndpoints(gate, writes).register(routes);
            new PropertiesEndpoint(gate, anchor.minus(Duration.ofDays(365))).register(routes);
            new AssociationsEndpoint(gate).register(routes);
            LoopbackServer server = LoopbackServer.start(port, new Dispatcher(routes, log,
                    call -> faults.pick(call.method(), call.path()).ifPresent(fault -> fault.applyTo(call))));
            return new HubSpotEmulator(server, credentials, tokens, log, routes, faults, grants, limits);
        }

        private static String uuid(SplittableRandom random) {
            return new java.util.UUID(random.nextLong(), random.nextLong()).toString();
        }
    }
}
