package dev.crosswalk.core.fakes;

import dev.crosswalk.core.domain.Connection;
import dev.crosswalk.core.domain.FieldFilter;
import dev.crosswalk.core.domain.OAuthTokens;
import dev.crosswalk.core.domain.ObjectSchema;
import dev.crosswalk.core.domain.ObjectSummary;
import dev.crosswalk.core.domain.PageToken;
import dev.crosswalk.core.domain.ProviderRecord;
import dev.crosswalk.core.domain.QuotaUsage;
import dev.crosswalk.core.domain.RecordLookup;
import dev.crosswalk.core.domain.RecordPage;
import dev.crosswalk.core.domain.RecordQuery;
import dev.crosswalk.core.domain.UnifiedObject;
import dev.crosswalk.core.port.out.crm.CrmFailure;
import dev.crosswalk.core.port.out.crm.CrmPorts;
import dev.crosswalk.core.port.out.crm.GrantPort;
import dev.crosswalk.core.port.out.crm.MappingDocument;
import dev.crosswalk.core.port.out.crm.QuotaPort;
import dev.crosswalk.core.port.out.crm.ReadCapabilities;
import dev.crosswalk.core.port.out.crm.RecordPort;
import dev.crosswalk.core.port.out.crm.SchemaPort;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A connector over records held in memory: equality and IN filters, ids, search as a contains over text values,
 * deleted records, offset page tokens ({@code offset:N}), field selection; it records every query it received and can
 * be told to fail the next call. Thread-safe.
 */
public final class InMemoryCrm implements CrmPorts, RecordPort, SchemaPort, QuotaPort, GrantPort {

    private final Map<String, ObjectSchema> schemas = new LinkedHashMap<>();
    private final Map<String, ObjectSchema> schemasOfOneConnection = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, List<ProviderRecord>> records = new LinkedHashMap<>();
    private final List<MappingDocument> mappings = new ArrayList<>();
    private final List<RecordQuery> queries = new CopyOnWriteArrayList<>();
    private final ReadCapabilities capabilities;
    private volatile QuotaUsage quota;
    private volatile RuntimeException nextFailure;
    private volatile RuntimeException everyFailure;
    private volatile boolean revokesGrants;
    private final List<OAuthTokens> revoked = new CopyOnWriteArrayList<>();

    public InMemoryCrm(ReadCapabilities capabilities) {
        this.capabilities = capabilities;
    }

    /** @return a connector that declares every read capability */
    public static InMemoryCrm capable() {
        return new InMemoryCrm(ReadCapabilities.builder()
                .operators(java.util.EnumSet.allOf(FieldFilter.Operator.class))
                .searchTerm(true).includeDeleted(true).ordering(true).createdRange(true).updatedRange(true)
                .relationshipPaths(true).build());
    }

    public synchronized InMemoryCrm object(ObjectSchema schema, List<ProviderRecord> rows) {
        schemas.put(schema.name().toLowerCase(Locale.ROOT), schema);
        records.put(schema.name().toLowerCase(Locale.ROOT), new CopyOnWriteArrayList<>(rows));
        return this;
    }

    /** Makes one connection's account describe {@code schema} differently from the others'. */
    public InMemoryCrm objectOf(dev.crosswalk.core.domain.ConnectionRef connection, ObjectSchema schema) {
        schemasOfOneConnection.put(connection + "|" + schema.name().toLowerCase(Locale.ROOT), schema);
        return this;
    }

    public InMemoryCrm mapping(UnifiedObject object, String yaml) {
        mappings.add(MappingDocument.of(object, "fake:mappings/" + object.singular() + ".yaml", yaml));
        return this;
    }

    public void quotaIs(QuotaUsage usage) {
        this.quota = usage;
    }

    public void failNextCallWith(RuntimeException failure) {
        this.nextFailure = failure;
    }

    /** Every call from now on throws {@code failure}. */
    public void failEveryCallWith(RuntimeException failure) {
        this.everyFailure = failure;
    }

    private volatile boolean connectsByGrant;

    /** Accepts connections by grant whose settings are {@code {"grant": "client_credentials"}}. */
    public InMemoryCrm connectingByGrant() {
        this.connectsByGrant = true;
        return this;
    }

    @Override
    public List<String> problemsConnectingByGrant(Map<String, String> settings) {
        if (!connectsByGrant) {
            return CrmPorts.super.problemsConnectingByGrant(settings);
        }
        return settings.equals(Map.of("grant", "client_credentials")) ? List.of()
                : List.of("'grant' must be client_credentials", "'colour' is not a connection setting");
    }

    private volatile dev.crosswalk.core.port.out.crm.AuthorizationPort authorization;

    /** Offers {@link #authorization()} through {@code server}. */
    public InMemoryCrm authorizingWith(dev.crosswalk.core.port.out.crm.AuthorizationPort server) {
        this.authorization = server;
        return this;
    }

    @Override
    public Optional<dev.crosswalk.core.port.out.crm.AuthorizationPort> authorization() {
        return Optional.ofNullable(authorization);
    }

    /** Offers {@link #grants()}: revocations are recorded (and fail when a failure is due). */
    public InMemoryCrm revokingGrants() {
        this.revokesGrants = true;
        return this;
    }

    /** @return the tokens of every grant revoked, in order */
    public List<OAuthTokens> revoked() {
        return List.copyOf(revoked);
    }

    @Override
    public Optional<GrantPort> grants() {
        return revokesGrants ? Optional.of(this) : Optional.empty();
    }

    @Override
    public void revoke(Connection connection, OAuthTokens tokens) {
        failIfAsked();
        revoked.add(tokens);
    }

    /** @return every query received, in order */
    public List<RecordQuery> queries() {
        return List.copyOf(queries);
    }

    @Override
    public RecordPort records() {
        return this;
    }

    @Override
    public SchemaPort schema() {
        return this;
    }

    @Override
    public QuotaPort quota() {
        return this;
    }

    @Override
    public List<MappingDocument> mappings() {
        return List.copyOf(mappings);
    }

    @Override
    public ReadCapabilities capabilities() {
        return capabilities;
    }

    @Override
    public RecordPage list(Connection connection, RecordQuery query) {
        queries.add(query);
        failIfAsked();
        List<ProviderRecord> matching = rows(query.object()).stream()
                .filter(row -> query.includeDeleted() || !row.deleted())
                .filter(row -> query.ids().isEmpty() || query.ids().contains(row.id()))
                .filter(row -> query.filters().stream().allMatch(filter -> matches(row, filter)))
                .filter(row -> query.searchTerm().map(term -> contains(row, term)).orElse(true))
                .map(row -> selected(row, query.fields()))
                .toList();
        int from = query.pageToken().map(token -> offset(token)).orElse(0);
        int to = Math.min(matching.size(), from + query.pageSize());
        PageToken next = to < matching.size() ? PageToken.of("offset:" + to) : null;
        return RecordPage.of(matching.subList(from, to), next);
    }

    @Override
    public Optional<ProviderRecord> get(Connection connection, RecordLookup lookup) {
        failIfAsked();
        return rows(lookup.object()).stream()
                .filter(row -> row.id().equals(lookup.id()) && (lookup.includeDeleted() || !row.deleted()))
                .map(row -> selected(row, lookup.fields()))
                .findFirst();
    }

    @Override
    public List<ObjectSummary> objects(Connection connection) {
        failIfAsked();
        return schemas.values().stream().map(schema -> ObjectSummary.of(schema.name(), schema.label(), schema.custom()))
                .toList();
    }

    @Override
    public Optional<ObjectSchema> describe(Connection connection, String objectName) {
        failIfAsked();
        ObjectSchema own = schemasOfOneConnection.get(connection.ref() + "|" + objectName.toLowerCase(Locale.ROOT));
        return Optional.ofNullable(own != null ? own : schemas.get(objectName.toLowerCase(Locale.ROOT)));
    }

    @Override
    public Optional<QuotaUsage> lastKnownUsage(Connection connection) {
        return Optional.ofNullable(quota);
    }

    private void failIfAsked() {
        if (everyFailure != null) {
            throw everyFailure;
        }
        RuntimeException failure = nextFailure;
        if (failure != null) {
            nextFailure = null;
            throw failure;
        }
    }

    private List<ProviderRecord> rows(String object) {
        List<ProviderRecord> rows = records.get(object.toLowerCase(Locale.ROOT));
        if (rows == null) {
            throw new CrmFailure.NotFound("no object " + object, "NOT_FOUND");
        }
        return rows;
    }

    private static int offset(PageToken token) {
        if (!token.value().startsWith("offset:")) {
            throw new CrmFailure.InvalidPageToken("not an offset token");
        }
        return Integer.parseInt(token.value().substring("offset:".length()));
    }

    private static boolean matches(ProviderRecord row, FieldFilter filter) {
        Object value = value(row.fields(), filter.field());
        return switch (filter.operator()) {
            case EQUALS, IN -> filter.values().stream().anyMatch(wanted -> same(value, wanted));
            case NOT_EQUALS, NOT_IN -> filter.values().stream().noneMatch(wanted -> same(value, wanted));
            default -> throw new IllegalArgumentException("the fake does not compare with " + filter.operator());
        };
    }

    private static boolean same(Object value, Object wanted) {
        if (value instanceof Number number && wanted instanceof Number other) {
            return new java.math.BigDecimal(number.toString()).compareTo(new java.math.BigDecimal(other.toString())) == 0;
        }
        return Objects.equals(value == null ? null : value.toString(), wanted == null ? null : wanted.toString());
    }

    @SuppressWarnings("unchecked")
    private static Object value(Map<String, Object> fields, String path) {
        Object current = fields;
        for (String name : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = ((Map<String, Object>) map).get(name);
        }
        return current;
    }

    private static boolean contains(ProviderRecord row, String term) {
        return row.fields().values().stream()
                .anyMatch(value -> value instanceof String text
                        && text.toLowerCase(Locale.ROOT).contains(term.toLowerCase(Locale.ROOT)));
    }

    private static ProviderRecord selected(ProviderRecord row, List<String> fields) {
        if (fields.isEmpty()) {
            return row;
        }
        ProviderRecord.Builder builder = ProviderRecord.builder(row.object(), row.id()).deleted(row.deleted());
        for (String field : fields) {
            String top = field.split("\\.")[0];
            if (row.fields().containsKey(top)) {
                builder.field(top, row.fields().get(top));
            }
        }
        return builder.build();
    }
}
