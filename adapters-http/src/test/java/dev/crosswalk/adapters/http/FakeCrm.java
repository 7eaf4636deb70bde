package dev.crosswalk.adapters.http;

import dev.crosswalk.core.domain.Account;
import dev.crosswalk.core.domain.AccountRef;
import dev.crosswalk.core.domain.Connection;
import dev.crosswalk.core.domain.ConnectionId;
import dev.crosswalk.core.domain.ConnectionRef;
import dev.crosswalk.core.domain.Contact;
import dev.crosswalk.core.domain.EmailAddress;
import dev.crosswalk.core.domain.FieldSchema;
import dev.crosswalk.core.domain.FieldType;
import dev.crosswalk.core.domain.MappingOverride;
import dev.crosswalk.core.domain.OAuthTokens;
import dev.crosswalk.core.domain.ObjectSchema;
import dev.crosswalk.core.domain.ObjectSummary;
import dev.crosswalk.core.domain.Opportunity;
import dev.crosswalk.core.domain.OverrideScope;
import dev.crosswalk.core.domain.PhoneNumber;
import dev.crosswalk.core.domain.PhoneType;
import dev.crosswalk.core.domain.ProviderRecord;
import dev.crosswalk.core.domain.QuotaUsage;
import dev.crosswalk.core.domain.Secret;
import dev.crosswalk.core.domain.TenantId;
import dev.crosswalk.core.domain.UnifiedObject;
import dev.crosswalk.core.domain.UnifiedRecord;
import dev.crosswalk.core.port.in.AuthenticateApiKeyUseCase;
import dev.crosswalk.core.port.in.ConnectionOverview;
import dev.crosswalk.core.port.in.CursorPage;
import dev.crosswalk.core.port.in.DescribeSchemaUseCase;
import dev.crosswalk.core.port.in.GetRequest;
import dev.crosswalk.core.port.in.ListRequest;
import dev.crosswalk.core.port.in.ManageConnectionsUseCase;
import dev.crosswalk.core.port.in.ManageMappingOverridesUseCase;
import dev.crosswalk.core.port.in.MappingState;
import dev.crosswalk.core.port.in.OverrideLevel;
import dev.crosswalk.core.port.in.ReadProviderRecordsUseCase;
import dev.crosswalk.core.port.in.ReadQuotaUseCase;
import dev.crosswalk.core.port.in.ReadUnifiedRecordsUseCase;
import dev.crosswalk.core.port.in.UseCaseException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A small in-memory CRM behind every use case the API drives, behaving as core's services promise: two tenants with
 * one connection each, a few unified and provider records, a schema, a quota and versioned mapping overrides. It
 * remembers the last request of each kind so tests can see what the adapter passed on, and can be told to fail the
 * next call. Thread-safe (every method is synchronised).
 */
final class FakeCrm implements AuthenticateApiKeyUseCase, ReadUnifiedRecordsUseCase, ReadProviderRecordsUseCase,
        DescribeSchemaUseCase, ReadQuotaUseCase, ManageMappingOverridesUseCase, ManageConnectionsUseCase {

    static final TenantId ACME = new TenantId("acme");
    static final TenantId GLOBEX = new TenantId("globex");
    static final String ACME_KEY = "cwk_acme-key";
    static final String GLOBEX_KEY = "cwk_globex-key";
    static final ConnectionRef ACME_SF = new ConnectionRef(ACME, new ConnectionId("sf-prod"));
    static final ConnectionRef GLOBEX_SF = new ConnectionRef(GLOBEX, new ConnectionId("other-sf"));
    static final String CONNECTOR_CONTACT_MAPPING = "object: Contact\nresponse:\n  id: Id\n  first_name: FirstName\n";
    static final Instant STORED_AT = Instant.parse("2025-01-01T00:00:00Z");

    private static final Map<UnifiedObject, List<String>> UNIFIED_FILTERS = Map.of(
            UnifiedObject.CONTACT, List.of("email"),
            UnifiedObject.ACCOUNT, List.of("name"),
            UnifiedObject.OPPORTUNITY, List.of("stage"));

    private final Map<String, TenantId> keys = Map.of(ACME_KEY, ACME, GLOBEX_KEY, GLOBEX);
    private final Map<ConnectionRef, Connection> connections = new LinkedHashMap<>(Map.of(
            ACME_SF, Connection.builder(ACME_SF, "salesforce", URI.create("https://acme.example")).build(),
            GLOBEX_SF, Connection.builder(GLOBEX_SF, "salesforce", URI.create("https://globex.example")).build()));
    private final Map<UnifiedObject, List<UnifiedRecord>> unified = Map.of(
            UnifiedObject.CONTACT, List.of(ada(), grace(), deletedContact()),
            UnifiedObject.ACCOUNT, List.of(engines()),
            UnifiedObject.OPPORTUNITY, List.of(difference()));
    private final Map<String, ObjectSchema> schemas = new LinkedHashMap<>();
    private final Map<String, List<ProviderRecord>> providerRecords = new HashMap<>();
    private final Map<ConnectionRef, QuotaUsage> quotas = new HashMap<>();
    private final Map<String, List<MappingOverride>> overrides = new HashMap<>();

    private RuntimeException nextFailure;
    private RuntimeException quotaFailure;
    private ListRequest lastList;
    private GetRequest lastGet;
    private String lastObject;
    private ConnectionRef lastConnection;
    private String lastDocument;
    private OverrideLevel lastLevel;

    FakeCrm() {
        schemas.put("Contact", ObjectSchema.builder("Contact")
                .field(FieldSchema.builder("Id", FieldType.ID).nillable(false).build())
                .field(FieldSchema.builder("Email", FieldType.EMAIL).label("Email").build())
                .field(FieldSchema.builder("AccountId", FieldType.REFERENCE).label("Account ID")
                        .reference("Account", List.of("Account")).build())
                .field(FieldSchema.builder("LeadSource", FieldType.PICKLIST).label("Lead Source")
                        .picklistValues(List.of("Web", "Phone Inquiry")).sortable(false).build())
                .build());
        schemas.put("Deal_Registration__c", ObjectSchema.builder("Deal_Registration__c").label("Deal Registration")
                .custom(true)
                .field(FieldSchema.builder("Id", FieldType.ID).build())
                .field(FieldSchema.builder("Name", FieldType.STRING).build())
                .field(FieldSchema.builder("Amount__c", FieldType.CURRENCY).custom(true).build())
                .build());
        providerRecords.put("Contact", List.of(
                ProviderRecord.builder("Contact", "003A").field("Id", "003A").field("Email", "ada@example.com")
                        .field("Account", Map.of("Name", "Analytical Engines")).build()));
        providerRecords.put("Deal_Registration__c", List.of(
                ProviderRecord.builder("Deal_Registration__c", "a01A").field("Id", "a01A").field("Name", "Big, deal")
                        .field("Amount__c", 1200.5).build(),
                ProviderRecord.builder("Deal_Registration__c", "a01B").field("Id", "a01B").field("Name", "Gone")
                        .field("Amount__c", null).deleted(true).build()));
    }

    // ---- test controls ----

    synchronized void failNextCall(RuntimeException failure) {
        this.nextFailure = failure;
    }

    synchronized void failQuotaReads(RuntimeException failure) {
        this.quotaFailure = failure;
    }

    synchronized void reportQuota(ConnectionRef connection, QuotaUsage usage) {
        quotas.put(connection, usage);
    }

    synchronized ListRequest lastList() {
        return lastList;
    }

    synchronized GetRequest lastGet() {
        return lastGet;
    }

    synchronized String lastObject() {
        return lastObject;
    }

    synchronized ConnectionRef lastConnection() {
        return lastConnection;
    }

    synchronized String lastDocument() {
        return lastDocument;
    }

    synchronized OverrideLevel lastLevel() {
        return lastLevel;
    }

    // ---- AuthenticateApiKeyUseCase ----

    @Override
    public synchronized Optional<TenantId> authenticate(String presentedKey) {
        return presentedKey == null ? Optional.empty() : Optional.ofNullable(keys.get(presentedKey));
    }

    // ---- ReadUnifiedRecordsUseCase ----

    @Override
    public synchronized CursorPage<UnifiedRecord> list(UnifiedObject object, ListRequest request) {
        enter(request.connection());
        lastList = request;
        lastObject = object.plural();
        for (String filter : request.filters().keySet()) {
            if (!UNIFIED_FILTERS.get(object).contains(filter)) {
                throw new UseCaseException.InvalidRequest("unknown filter '" + filter + "' for " + object.plural()
                        + "; valid: " + String.join(", ", UNIFIED_FILTERS.get(object)), UNIFIED_FILTERS.get(object));
            }
        }
        checkUnifiedFields(object, request.fields());
        Predicate<UnifiedRecord> wanted = record -> (request.includeDeleted() || !record.remoteWasDeleted())
                && (request.ids().isEmpty() || request.ids().contains(record.id()))
                && emailMatches(record, request.filters().get("email"));
        return page(unified.get(object).stream().filter(wanted).toList(), request);
    }

    @Override
    public synchronized UnifiedRecord get(UnifiedObject object, GetRequest request) {
        enter(request.connection());
        lastGet = request;
        lastObject = object.plural();
        checkUnifiedFields(object, request.fields());
        return unified.get(object).stream()
                .filter(record -> record.id().equals(request.id()))
                .filter(record -> request.includeDeleted() || !record.remoteWasDeleted())
                .findFirst()
                .orElseThrow(() -> new UseCaseException.RecordNotFound("no " + object.singular() + " '"
                        + request.id() + "' on connection " + request.connection().id()));
    }

    // ---- ReadProviderRecordsUseCase ----

    @Override
    public synchronized CursorPage<ProviderRecord> list(String object, ListRequest request) {
        enter(request.connection());
        lastList = request;
        lastObject = object;
        ObjectSchema schema = schemaOf(request.connection(), object);
        for (String field : request.filters().keySet()) {
            if (schema.field(field).isEmpty()) {
                throw new UseCaseException.InvalidRequest("no field '" + field + "' on " + schema.name(),
                        schema.fields().stream().map(FieldSchema::name).toList());
            }
        }
        List<ProviderRecord> records = providerRecords.getOrDefault(schema.name(), List.of()).stream()
                .filter(record -> request.includeDeleted() || !record.deleted())
                .filter(record -> request.filters().entrySet().stream().allMatch(condition ->
                        condition.getValue().contains(String.valueOf(record.fields().get(condition.getKey())))))
                .toList();
        return page(records, request);
    }

    @Override
    public synchronized ProviderRecord get(String object, GetRequest request) {
        enter(request.connection());
        lastGet = request;
        lastObject = object;
        ObjectSchema schema = schemaOf(request.connection(), object);
        return providerRecords.getOrDefault(schema.name(), List.of()).stream()
                .filter(record -> record.id().equals(request.id()))
                .findFirst()
                .orElseThrow(() -> new UseCaseException.RecordNotFound("no " + schema.name() + " '" + request.id()
                        + "'"));
    }

    // ---- DescribeSchemaUseCase ----

    @Override
    public synchronized List<ObjectSummary> objects(ConnectionRef connection) {
        enter(connection);
        return schemas.values().stream()
                .map(schema -> ObjectSummary.of(schema.name(), schema.label(), schema.custom()))
                .toList();
    }

    @Override
    public synchronized ObjectSchema describe(ConnectionRef connection, String object) {
        enter(connection);
        lastObject = object;
        return schemaOf(connection, object);
    }

    // ---- ReadQuotaUseCase ----

    @Override
    public synchronized Optional<QuotaUsage> quota(ConnectionRef connection) {
        if (quotaFailure != null) {
            throw quotaFailure;
        }
        connectionOf(connection);
        return Optional.ofNullable(quotas.get(connection));
    }

    // ---- ManageMappingOverridesUseCase ----

    @Override
    public synchronized MappingState current(ConnectionRef connection, UnifiedObject object) {
        enter(connection);
        return MappingState.of(object, CONNECTOR_CONTACT_MAPPING,
                newest(connection, object, OverrideLevel.TENANT).orElse(null),
                newest(connection, object, OverrideLevel.CONNECTION).orElse(null));
    }

    @Override
    public synchronized List<String> validate(ConnectionRef connection, UnifiedObject object, OverrideLevel level,
            String document) {
        enter(connection);
        lastDocument = document;
        lastLevel = level;
        List<String> problems = new ArrayList<>();
        String[] lines = document.split("\n", -1);
        for (int line = 0; line < lines.length; line++) {
            int column = lines[line].indexOf("Bogus__c");
            if (column >= 0) {
                problems.add("override:" + (line + 1) + ":" + (column + 1) + ": no field 'Bogus__c' on Contact");
            }
        }
        return problems;
    }

    @Override
    public synchronized MappingOverride set(ConnectionRef connection, UnifiedObject object, OverrideLevel level,
            String document, int expectedVersion) {
        List<String> problems = validate(connection, object, level, document);
        lastLevel = level;
        requireVersion(connection, object, level, expectedVersion);
        if (!problems.isEmpty()) {
            throw new UseCaseException.MappingRejected(problems);
        }
        if (document.contains("CONFLICT")) {
            throw new UseCaseException.OverrideConflict("the connection override of contact changed meanwhile"
                    + " (now version 3); read it again and retry");
        }
        return store(connection, object, level, document);
    }

    @Override
    public synchronized MappingOverride remove(ConnectionRef connection, UnifiedObject object, OverrideLevel level,
            int expectedVersion) {
        enter(connection);
        lastLevel = level;
        requireVersion(connection, object, level, expectedVersion);
        if (newest(connection, object, level).flatMap(MappingOverride::document).isEmpty()) {
            throw new UseCaseException.NoSuchOverride("there is no " + level.name().toLowerCase() + " override of "
                    + object.singular() + " to remove");
        }
        return store(connection, object, level, null);
    }

    @Override
    public synchronized List<MappingOverride> history(ConnectionRef connection, UnifiedObject object,
            OverrideLevel level) {
        enter(connection);
        lastLevel = level;
        return overrides.getOrDefault(layer(connection, object, level), List.of()).reversed();
    }

    @Override
    public synchronized MappingOverride restore(ConnectionRef connection, UnifiedObject object, OverrideLevel level,
            int version, int expectedVersion) {
        enter(connection);
        lastLevel = level;
        requireVersion(connection, object, level, expectedVersion);
        List<MappingOverride> versions = overrides.getOrDefault(layer(connection, object, level), List.of());
        if (version > versions.size()) {
            throw new UseCaseException.NoSuchOverride("the " + level.name().toLowerCase() + " override of "
                    + object.singular() + " has no version " + version);
        }
        return store(connection, object, level, versions.get(version - 1).document().orElse(null));
    }

    // ---- ManageConnectionsUseCase ----

    @Override
    public synchronized List<ConnectionOverview> list(TenantId tenant) {
        return connections.values().stream().filter(connection -> connection.tenant().equals(tenant))
                .map(this::overview).toList();
    }

    @Override
    public synchronized ConnectionOverview get(ConnectionRef connection) {
        enter(connection);
        return overview(connectionOf(connection));
    }

    /** Accepts the settings {@code {"grant": "client_credentials"}} only, as a connector would check them. */
    @Override
    public synchronized ConnectionOverview connectByGrant(ConnectionRef connection, String connectorKind,
            URI instanceUrl, Map<String, String> settings) {
        lastConnection = connection;
        if (!settings.equals(Map.of("grant", "client_credentials"))) {
            throw new UseCaseException.InvalidRequest("the connection cannot obtain tokens by its grant: 'grant' is"
                    + " required; 'colour' is not a connection setting", List.of());
        }
        Connection created = Connection.builder(connection, connectorKind, instanceUrl).settings(settings).build();
        connections.put(connection, created);
        return ConnectionOverview.of(created, null, null);
    }

    /** Takes a customer's own app too: the setting {@code client_id} with the secret setting {@code client_secret}. */
    @Override
    public synchronized ConnectionOverview connectByGrant(ConnectionRef connection, String connectorKind,
            URI instanceUrl, Map<String, String> settings, Map<String, Secret> secretSettings) {
        if (secretSettings.isEmpty()) {
            return connectByGrant(connection, connectorKind, instanceUrl, settings);
        }
        lastConnection = connection;
        if (!settings.keySet().equals(java.util.Set.of("grant", "client_id"))
                || !secretSettings.keySet().equals(java.util.Set.of("client_secret"))) {
            throw new UseCaseException.InvalidRequest("the connection cannot obtain tokens by its grant: "
                    + String.join("; ", secretSettings.keySet().stream().sorted().map(name -> "'" + name
                            + "' is not a secret setting").toList()), List.of());
        }
        Connection created = Connection.builder(connection, connectorKind, instanceUrl).settings(settings)
                .secretSettings(secretSettings).build();
        connections.put(connection, created);
        return ConnectionOverview.of(created, null, null);
    }

    @Override
    public synchronized void delete(ConnectionRef connection) {
        enter(connection);
        connectionOf(connection);
        connections.remove(connection);
    }

    /** Every connection's tokens were issued at {@link #STORED_AT}, expire two hours later and can be refreshed. */
    private ConnectionOverview overview(Connection connection) {
        OAuthTokens tokens = OAuthTokens.builder(STORED_AT).refreshToken(Secret.of("refresh"))
                .expiresAt(STORED_AT.plusSeconds(7200)).build();
        return ConnectionOverview.of(connection, tokens, quotas.get(connection.ref()));
    }

    // ---- helpers ----

    private void requireVersion(ConnectionRef connection, UnifiedObject object, OverrideLevel level, int expected) {
        int current = overrides.getOrDefault(layer(connection, object, level), List.of()).size();
        if (expected != ANY_VERSION && expected != current) {
            throw new UseCaseException.OverrideConflict("the override is at version " + current + ", not " + expected);
        }
    }

    private void enter(ConnectionRef connection) {
        lastConnection = connection;
        if (nextFailure != null) {
            RuntimeException failure = nextFailure;
            nextFailure = null;
            throw failure;
        }
        connectionOf(connection);
    }

    private Connection connectionOf(ConnectionRef ref) {
        Connection connection = connections.get(ref);
        if (connection == null) {
            throw new UseCaseException.ConnectionNotFound(ref);
        }
        return connection;
    }

    private ObjectSchema schemaOf(ConnectionRef connection, String object) {
        return schemas.values().stream()
                .filter(schema -> schema.name().equalsIgnoreCase(object))
                .findFirst()
                .orElseThrow(() -> new UseCaseException.ObjectNotFound("connection '" + connection.id()
                        + "' has no object '" + object + "'"));
    }

    private static void checkUnifiedFields(UnifiedObject object, List<String> fields) {
        List<String> valid = new ArrayList<>(object.fields().keySet());
        valid.add("lifetime_value");
        for (String field : fields) {
            if (!valid.contains(field)) {
                throw new UseCaseException.InvalidRequest("no field '" + field + "' on " + object.plural(), valid);
            }
        }
    }

    private static boolean emailMatches(UnifiedRecord record, List<String> emails) {
        return emails == null || record instanceof Contact contact
                && contact.emailAddresses().stream().anyMatch(email -> emails.contains(email.email()));
    }

    /** Pages by offset; the cursor names the connection it was issued for. */
    private static <T> CursorPage<T> page(List<T> all, ListRequest request) {
        int offset = 0;
        if (request.cursor().isPresent()) {
            String[] parts = request.cursor().get().split(":");
            if (parts.length != 2 || !parts[0].equals(request.connection().id().value())
                    || !parts[1].matches("\\d{1,5}")) {
                throw new UseCaseException.InvalidCursor();
            }
            offset = Integer.parseInt(parts[1]);
        }
        int end = Math.min(all.size(), offset + request.pageSize());
        String next = end < all.size() ? request.connection().id().value() + ":" + end : null;
        return CursorPage.of(all.subList(Math.min(offset, end), end), next);
    }

    private Optional<MappingOverride> newest(ConnectionRef connection, UnifiedObject object, OverrideLevel level) {
        List<MappingOverride> versions = overrides.getOrDefault(layer(connection, object, level), List.of());
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.getLast());
    }

    private MappingOverride store(ConnectionRef ref, UnifiedObject object, OverrideLevel level, String document) {
        lastDocument = document;
        Connection connection = connectionOf(ref);
        OverrideScope scope = level == OverrideLevel.TENANT
                ? OverrideScope.tenant(ref.tenant(), connection.connectorKind())
                : OverrideScope.connection(connection);
        List<MappingOverride> versions = overrides.computeIfAbsent(layer(ref, object, level), key -> new ArrayList<>());
        MappingOverride stored = MappingOverride.of(scope, object, versions.size() + 1, document, STORED_AT);
        versions.add(stored);
        return stored;
    }

    private static String layer(ConnectionRef connection, UnifiedObject object, OverrideLevel level) {
        return (level == OverrideLevel.TENANT ? connection.tenant().value() : connection.toString()) + "|" + object;
    }

    // ---- records ----

    static Contact ada() {
        return Contact.builder("003A")
                .firstName("Ada").lastName("Lovelace").name("Ada Lovelace").title("Analyst")
                .account(AccountRef.of("001X"))
                .emailAddress(EmailAddress.of("ada@example.com", "work"))
                .phoneNumber(PhoneNumber.of("+1 555 0100", PhoneType.MOBILE))
                .createdAt(Instant.parse("2024-01-02T03:04:05Z"))
                .updatedAt(Instant.parse("2024-02-03T04:05:06Z"))
                .customFields(Map.of("LTV_Score__c", 42))
                .additionalFields(Map.of("lifetime_value", 1234.5))
                .build();
    }

    static Contact grace() {
        return Contact.builder("003B").firstName("Grace").lastName("Hopper").name("Grace Hopper")
                .emailAddress(EmailAddress.of("grace@example.com", null))
                .build();
    }

    static Contact deletedContact() {
        return Contact.builder("003D").lastName("Gone").remoteWasDeleted(true).build();
    }

    static Account engines() {
        return Account.builder("001X").name("Analytical Engines").industry("Computing")
                .website("https://engines.example").numberOfEmployees(12L)
                .createdAt(Instant.parse("2023-01-01T00:00:00Z")).updatedAt(Instant.parse("2023-06-01T00:00:00Z"))
                .build();
    }

    static Opportunity difference() {
        return Opportunity.builder("006A").name("Difference Engine No. 2").amount(new BigDecimal("1500.50"))
                .stage("Prospecting").closeDate(LocalDate.parse("2024-06-30")).account(AccountRef.of("001X"))
                .createdAt(Instant.parse("2024-01-01T00:00:00Z")).updatedAt(Instant.parse("2024-04-01T00:00:00Z"))
                .customFields(Map.of("Probability__c", 40))
                .build();
    }
}
