package dev.crosswalk.testkit.salesforce;

import dev.crosswalk.emulator.support.Arguments;
import dev.crosswalk.emulator.support.FaultPlan;
import dev.crosswalk.emulator.support.GrantCounts;
import dev.crosswalk.emulator.support.LoopbackServer;
import dev.crosswalk.emulator.support.RequestLog;
import dev.crosswalk.testkit.salesforce.bulk.BulkJobs;
import dev.crosswalk.testkit.salesforce.data.SplitMix;
import dev.crosswalk.testkit.salesforce.http.ApiVersions;
import dev.crosswalk.testkit.salesforce.oauth.IdTokens;
import dev.crosswalk.testkit.salesforce.oauth.Platform;
import dev.crosswalk.testkit.salesforce.oauth.Sessions;
import dev.crosswalk.testkit.salesforce.org.ConnectedApp;
import dev.crosswalk.testkit.salesforce.org.Org;
import dev.crosswalk.testkit.salesforce.org.OrgSettings;
import dev.crosswalk.testkit.salesforce.rest.AuthorizeEndpoint;
import dev.crosswalk.testkit.salesforce.rest.BulkIngestEndpoints;
import dev.crosswalk.testkit.salesforce.rest.BulkQueryEndpoints;
import dev.crosswalk.testkit.salesforce.rest.CollectionsEndpoints;
import dev.crosswalk.testkit.salesforce.rest.CompositeEndpoints;
import dev.crosswalk.testkit.salesforce.rest.ControlEndpoints;
import dev.crosswalk.testkit.salesforce.rest.DescribeEndpoints;
import dev.crosswalk.testkit.salesforce.rest.IdentityEndpoint;
import dev.crosswalk.testkit.salesforce.rest.LimitsEndpoint;
import dev.crosswalk.testkit.salesforce.rest.OAuthEndpoints;
import dev.crosswalk.testkit.salesforce.rest.OpenIdEndpoints;
import dev.crosswalk.testkit.salesforce.rest.QueryEndpoints;
import dev.crosswalk.testkit.salesforce.rest.ReplicationEndpoints;
import dev.crosswalk.testkit.salesforce.rest.RestGate;
import dev.crosswalk.testkit.salesforce.rest.Router;
import dev.crosswalk.testkit.salesforce.rest.SObjectEndpoints;
import dev.crosswalk.testkit.salesforce.rest.SearchEndpoint;
import dev.crosswalk.testkit.salesforce.rest.VersionsEndpoint;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A local HTTP server that speaks Salesforce's wire protocol — OAuth 2.0 (and OpenID Connect), REST (query, search,
 * sObjects, describe, limits), Composite and Bulk API 2.0 — over deterministic in-memory data, for tests, demos and
 * benchmarks. See {@code testkit/README.md} for the endpoints and how faithfully each is emulated.
 *
 * <pre>{@code
 * try (SalesforceEmulator emu = SalesforceEmulator.builder().seed(42L).contacts(500).start()) {
 *     URI login = emu.baseUrl();                  // login host and instance_url
 *     EmulatorCredentials app = emu.credentials(); // client id/secret and a refresh token
 * }
 * }</pre>
 *
 * <p>The server listens on 127.0.0.1 only. All methods are thread-safe. Generated records depend only on the seed,
 * the counts and the clock's time at start, so a fixed clock makes every run identical.
 */
public final class SalesforceEmulator implements AutoCloseable {

    private final LoopbackServer server;
    private final URI baseUrl;
    private final Platform platform;
    private final List<EmulatorCredentials> credentials;
    private final EmulatorCredentials customerApp;
    private final RequestLog requestLog;
    private final FaultPlan<Fault> faults;
    private final GrantCounts requestsByClient;

    private SalesforceEmulator(LoopbackServer server, Platform platform, List<EmulatorCredentials> credentials,
            EmulatorCredentials customerApp, RequestLog requestLog, FaultPlan<Fault> faults,
            GrantCounts requestsByClient) {
        this.faults = faults;
        this.customerApp = customerApp;
        this.requestsByClient = requestsByClient;
        this.server = server;
        this.platform = platform;
        this.credentials = List.copyOf(credentials);
        this.requestLog = requestLog;
        this.baseUrl = URI.create(platform.base());
    }

    /** A builder with small defaults: seed 42, 20 accounts, 250 contacts, 2-hour access tokens, the UTC system clock. */
    public static Builder builder() {
        return new Builder();
    }

    /** {@code http://127.0.0.1:<port>}, without a trailing slash: the login host and every token's {@code instance_url}. */
    public URI baseUrl() {
        return baseUrl;
    }

    /** The newest API version served, e.g. {@code v62.0}; versions from v31.0 up to it are accepted. */
    public String apiVersion() {
        return ApiVersions.newest();
    }

    /** The default (first) org's Connected App and a user's refresh token. */
    public EmulatorCredentials credentials() {
        return credentials.get(0);
    }

    /**
     * Credentials of every org, the default first ({@link Builder#orgs(int)}). Each org has its own data, Connected
     * App, user, tokens and limits; a token of one org never sees another's records.
     */
    public List<EmulatorCredentials> orgCredentials() {
        return credentials;
    }

    /**
     * The second Connected App of the default org, a customer's own ({@link Builder#customerConnectedApp}), with its
     * own consumer key and secret and a refresh token of the org's user for it. Its tokens refresh only with its own
     * credentials, as Salesforce's do.
     *
     * @throws IllegalStateException when the emulator was built without one
     */
    public EmulatorCredentials customerAppCredentials() {
        if (customerApp == null) {
            throw new IllegalStateException("this emulator has no customer Connected App; build it with"
                    + " customerConnectedApp(...)");
        }
        return customerApp;
    }

    /**
     * @return how many token requests named each consumer key (the {@code client_id}, or a JWT assertion's issuer),
     *     answered or refused, sorted by key
     */
    public Map<String, Integer> tokenRequestsByClient() {
        return requestsByClient.snapshot();
    }

    /** Expires every access token issued so far: the next API call with one gets 401 {@code INVALID_SESSION_ID}. */
    public void expireAccessTokens() {
        platform.sessions().expireAll();
    }

    /** The requests answered so far. */
    public RequestLog requestLog() {
        return requestLog;
    }

    /** The faults to inject into requests; empty at start. Seeded from {@link Builder#seed(long)}. */
    public FaultPlan<Fault> faults() {
        return faults;
    }

    /** Stops the server at once; open connections are dropped. Idempotent. */
    @Override
    public void close() {
        server.close();
    }

    /** Configures an emulator. Not thread-safe; {@link #start()} may be called more than once. */
    public static final class Builder {

        static final int MAX_ORGS = 8;
        private static final String[] PODS = {"Dn", "Eo", "Fp", "Gq", "Hr", "Is", "Jt", "Ku"};

        private int port;
        private long seed = 42L;
        private long accounts = 20;
        private long contacts = 250;
        private long opportunities = 40;
        private long leads = 50;
        private long dealRegistrations = 10;
        private Duration accessTokenLifetime = Duration.ofHours(2);
        private Clock clock = Clock.systemUTC();
        private long dailyApiRequests = 100_000;
        private int orgs = 1;
        private Duration bulkProcessingTime = Duration.ZERO;
        private RefreshTokenPolicy refreshTokenPolicy = RefreshTokenPolicy.REUSE;
        private java.security.PublicKey jwtKey;
        private List<String> callbackUrls = List.of();
        private boolean connectedAppInstalled = true;
        private boolean controlApi;
        private boolean customerApp;
        private java.security.PublicKey customerAppJwtKey;
        private int concurrentRequests = 25;
        private Duration longRunningThreshold = Duration.ofSeconds(20);

        private Builder() {
        }

        /** TCP port on 127.0.0.1; 0 (the default) picks a free one. */
        public Builder port(int port) {
            this.port = Arguments.port(port);
            return this;
        }

        /** Seed of the data and credential generator. */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /**
         * How many orgs to emulate (default 1, at most {@value #MAX_ORGS}); each gets its own generated data (seeded
         * from the seed and its position), Connected App, user and limits.
         */
        public Builder orgs(int count) {
            this.orgs = Arguments.within(count, 1, MAX_ORGS, "orgs");
            return this;
        }

        /** Number of generated Accounts (default 20). */
        public Builder accounts(long count) {
            this.accounts = Arguments.count(count, "accounts");
            return this;
        }

        /** Number of generated Contacts (default 250); contact {@code i} belongs to account {@code i mod accounts}. */
        public Builder contacts(long count) {
            this.contacts = Arguments.count(count, "contacts");
            return this;
        }

        /** Number of generated Opportunities (default 40); opportunity {@code i} belongs to account {@code i mod accounts}. */
        public Builder opportunities(long count) {
            this.opportunities = Arguments.count(count, "opportunities");
            return this;
        }

        /** Number of generated Leads (default 50). */
        public Builder leads(long count) {
            this.leads = Arguments.count(count, "leads");
            return this;
        }

        /**
         * Number of generated {@code Deal_Registration__c} records (default 10), each with a required lookup
         * {@code Account__c}; none are generated when there are no accounts.
         */
        public Builder dealRegistrations(long count) {
            this.dealRegistrations = Arguments.count(count, "dealRegistrations");
            return this;
        }

        /** How long an access token lives (default 2 hours, the platform's default session timeout). */
        public Builder accessTokenLifetime(Duration lifetime) {
            this.accessTokenLifetime = Arguments.positive(lifetime, "access token lifetime");
            return this;
        }

        /** The clock for token expiry, timestamps and date literals (default {@link Clock#systemUTC()}). */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** The org's daily API allowance (default 100,000); once spent, calls get 403 {@code REQUEST_LIMIT_EXCEEDED}. */
        public Builder dailyApiRequests(long max) {
            this.dailyApiRequests = Arguments.count(max, "dailyApiRequests");
            return this;
        }

        /**
         * How long a Bulk API 2.0 job stays {@code UploadComplete}/{@code InProgress} on the emulator's clock before
         * it is {@code JobComplete} (default zero: complete at the first status check).
         */
        public Builder bulkProcessingTime(Duration time) {
            if (time.isNegative()) {
                throw new IllegalArgumentException("bulk processing time must not be negative: " + time);
            }
            this.bulkProcessingTime = time;
            return this;
        }

        /**
         * How many long-running REST requests an org may have in flight (default 25): while that many have run for
         * the {@linkplain #longRunningRequestThreshold(Duration) threshold} or longer, every new request gets 403
         * {@code REQUEST_LIMIT_EXCEEDED} ("ConcurrentPerOrgLongTxn Limit exceeded."), as on the platform.
         */
        public Builder concurrentRequestLimit(int max) {
            if (max < 1) {
                throw new IllegalArgumentException("concurrent request limit must be positive: " + max);
            }
            this.concurrentRequests = max;
            return this;
        }

        /**
         * How long a request must have run to count as long-running against the concurrent cap (default 20 s, the
         * platform's); shorter requests never count. Zero counts every request in flight. Measured on the emulator's
         * {@linkplain #clock(Clock) clock}.
         */
        public Builder longRunningRequestThreshold(Duration threshold) {
            if (threshold.isNegative()) {
                throw new IllegalArgumentException("long-running threshold must not be negative: " + threshold);
            }
            this.longRunningThreshold = threshold;
            return this;
        }

        /** Refresh-token behaviour of the Connected App (default {@link RefreshTokenPolicy#REUSE}). */
        public Builder refreshTokenPolicy(RefreshTokenPolicy policy) {
            this.refreshTokenPolicy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * The certificate uploaded to the Connected App for the JWT bearer flow: assertions must be RS256-signed with
         * its private key. Without one, every JWT bearer request fails with {@code invalid_grant}.
         */
        public Builder jwtCertificate(java.security.cert.X509Certificate certificate) {
            return jwtPublicKey(certificate.getPublicKey());
        }

        /** Like {@link #jwtCertificate}, with the certificate's RSA public key. */
        public Builder jwtPublicKey(java.security.PublicKey key) {
            this.jwtKey = Objects.requireNonNull(key, "key");
            return this;
        }

        /** The Connected App's callback URLs; by default any {@code redirect_uri} is accepted. */
        public Builder callbackUrls(String... urls) {
            this.callbackUrls = List.of(urls);
            return this;
        }

        /**
         * False models a Connected App that an admin has not installed in the org: authorize redirects and token
         * requests fail with {@code OAUTH_APP_BLOCKED} (default true).
         */
        public Builder connectedAppInstalled(boolean installed) {
            this.connectedAppInstalled = installed;
            return this;
        }

        /**
         * Installs a second Connected App in the default org: a customer's own, beside the operator's
         * ({@link SalesforceEmulator#customerAppCredentials()}). It shares the callback URLs and refresh-token policy
         * of the first.
         *
         * @param jwtKey the public key of the certificate uploaded to it for the JWT bearer flow, or {@code null} for
         *     none
         */
        public Builder customerConnectedApp(java.security.PublicKey jwtKey) {
            this.customerApp = true;
            this.customerAppJwtKey = jwtKey;
            return this;
        }

        /**
         * Serves the test control API under {@code /__emulator} (request counts, token grants by type, expiring
         * sessions, revoking a refresh token, faults; see the testkit README), for tests outside this JVM. Off by
         * default: the paths then answer 404 like any unknown one.
         */
        public Builder controlApi(boolean enabled) {
            this.controlApi = enabled;
            return this;
        }

        /**
         * Starts the server.
         *
         * @throws UncheckedIOException if the port cannot be bound
         */
        public SalesforceEmulator start() {
            Instant anchor = clock.instant().truncatedTo(ChronoUnit.SECONDS);
            Sessions sessions = new Sessions(clock, accessTokenLifetime);
            List<Org> orgList = new ArrayList<>();
            List<EmulatorCredentials> credentials = new ArrayList<>();
            EmulatorCredentials customer = null;
            for (int i = 0; i < orgs; i++) {
                SplitMix random = new SplitMix(seed, 0xC0FFEE, i);
                String clientId = "3MVG9" + randomString(random, 80);
                String clientSecret = randomDigits(random, 19);
                String refreshToken = "5Aep861" + randomString(random, 80);
                ConnectedApp app = new ConnectedApp(clientId, clientSecret, callbackUrls, connectedAppInstalled, refreshTokenPolicy, jwtKey);
                String username = i == 0 ? "emma.ulator@crosswalk.example" : "emma.ulator@org" + (i + 1) + ".crosswalk.example";
                String password = "Emulator-" + randomString(random, 10).replace('.', 'x').replace('_', 'y');
                String securityToken = randomString(random, 24).replace('.', 'x').replace('_', 'y');
                OrgSettings settings = new OrgSettings(PODS[i], username, password, securityToken, seed + i * 7919L, accounts, contacts, opportunities,
                        leads, dealRegistrations, dailyApiRequests, concurrentRequests, longRunningThreshold);
                List<ConnectedApp> apps = new ArrayList<>(List.of(app));
                ConnectedApp own = null;
                if (customerApp && i == 0) {
                    own = new ConnectedApp("3MVG9" + randomString(random, 80), randomDigits(random, 19), callbackUrls,
                            connectedAppInstalled, refreshTokenPolicy, customerAppJwtKey);
                    apps.add(own);
                }
                Org org = Org.create(settings, apps, anchor);
                sessions.registerRefreshToken(refreshToken, org, org.user(), clientId, "api refresh_token");
                orgList.add(org);
                credentials.add(new EmulatorCredentials(clientId, clientSecret, username, refreshToken, org.id(), password,
                        securityToken));
                if (own != null) {
                    String ownRefreshToken = "5Aep861" + randomString(random, 80);
                    sessions.registerRefreshToken(ownRefreshToken, org, org.user(), own.clientId(), "api refresh_token");
                    customer = new EmulatorCredentials(own.clientId(), own.clientSecret(), username, ownRefreshToken,
                            org.id(), password, securityToken);
                }
            }
            Platform platform = new Platform(orgList, sessions, clock);
            RequestLog log = new RequestLog();
            FaultPlan<Fault> faults = new FaultPlan<>(seed);
            Router router = new Router(log, faults, sessions);
            RestGate gate = new RestGate(platform);
            IdTokens idTokens = new IdTokens(platform);
            GrantCounts grants = new GrantCounts();
            GrantCounts requestsByClient = new GrantCounts();
            new OAuthEndpoints(platform, idTokens, grants, requestsByClient).register(router);
            if (controlApi) {
                new ControlEndpoints(sessions, log, grants, faults).register(router);
            }
            new OpenIdEndpoints(platform, idTokens).register(router);
            new AuthorizeEndpoint(platform).register(router);
            new IdentityEndpoint(platform).register(router);
            new VersionsEndpoint(platform, gate).register(router);
            QueryEndpoints queries = new QueryEndpoints(platform, gate);
            queries.register(router);
            BulkJobs jobs = new BulkJobs(bulkProcessingTime);
            new BulkQueryEndpoints(platform, gate, jobs, queries).register(router);
            new BulkIngestEndpoints(platform, gate, jobs).register(router);
            new DescribeEndpoints(platform, gate).register(router);
            new ReplicationEndpoints(platform, gate).register(router);
            new SObjectEndpoints(platform, gate).register(router);
            new CompositeEndpoints(gate, router).register(router);
            new CollectionsEndpoints(platform, gate).register(router);
            new LimitsEndpoint(gate, jobs).register(router);
            new SearchEndpoint(gate, queries).register(router);
            LoopbackServer server = LoopbackServer.start(port, router);
            platform.baseUrl(server.baseUrl());
            return new SalesforceEmulator(server, platform, credentials, customer, log, faults, requestsByClient);
        }


        private static String randomString(SplitMix random, int length) {
            String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._";
            StringBuilder out = new StringBuilder(length);
            for (int i = 0; i < length; i++) {
                out.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            return out.toString();
        }

        private static String randomDigits(SplitMix random, int length) {
            StringBuilder out = new StringBuilder(length).append(1 + random.nextInt(9));
            for (int i = 1; i < length; i++) {
                out.append(random.nextInt(10));
            }
            return out.toString();
        }
    }
}
