package dev.crosswalk.conformance.toy;

import dev.crosswalk.core.domain.Connection;
import dev.crosswalk.core.domain.ConnectionRef;
import dev.crosswalk.core.domain.FieldFilter;
import dev.crosswalk.core.domain.FieldSchema;
import dev.crosswalk.core.domain.FieldType;
import dev.crosswalk.core.domain.ObjectSchema;
import dev.crosswalk.core.domain.ObjectSummary;
import dev.crosswalk.core.domain.OAuthTokens;
import dev.crosswalk.core.domain.PageToken;
import dev.crosswalk.core.domain.ProviderRecord;
import dev.crosswalk.core.domain.QuotaUsage;
import dev.crosswalk.core.domain.RecordLookup;
import dev.crosswalk.core.domain.RecordPage;
import dev.crosswalk.core.domain.RecordQuery;
import dev.crosswalk.core.domain.Secret;
import dev.crosswalk.core.port.out.crm.CrmFailure;
import dev.crosswalk.core.port.out.crm.MappingDocument;
import dev.crosswalk.core.port.out.crm.QuotaPort;
import dev.crosswalk.core.port.out.crm.ReadCapabilities;
import dev.crosswalk.core.port.out.crm.RecordPort;
import dev.crosswalk.core.port.out.crm.SchemaPort;
import dev.crosswalk.core.toolkit.mapping.MappingDocuments;
import dev.crosswalk.core.toolkit.retry.CrmRetry;
import dev.crosswalk.core.toolkit.token.TokenManager;
import dev.crosswalk.spi.Connector;
import dev.crosswalk.spi.ConnectorContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A connector for {@link ToyProvider}, written as a real one is: tokens through core's token manager, every call
 * inside core's retry, refusals classified into {@link CrmFailure}s; the provider answers whole objects, so paging
 * and filters happen here. With a {@link Flaw} it breaks one contract on purpose. Thread-safe.
 */
final class ToyConnector implements Connector, RecordPort, SchemaPort, QuotaPort {

    /** A mistake a connector could make, each of which one contract of the kit must catch. */
    enum Flaw {
        NONE,
        /** Each next page starts one record early, so a record is listed twice at every page boundary. */
        REPEATS_THE_LAST_RECORD_OF_EACH_PAGE,
        /** A page token that is not a number starts the listing again instead of being refused. */
        TAKES_ANY_PAGE_TOKEN,
        /** A rate limit is reported as a failure in passing. */
        CALLS_A_RATE_LIMIT_TRANSIENT
    }

    private static final Pattern PAGE_TOKEN = Pattern.compile("page:(\\d{1,9})");
    private static final Map<String, List<FieldSchema>> FIELDS = Map.of(
            "people", List.of(field("id", FieldType.ID), field("name", FieldType.STRING),
                    field("score", FieldType.INTEGER),
                    FieldSchema.builder(ToyProvider.CUSTOM_FIELD, FieldType.DOUBLE).custom(true).build()),
            "firms", List.of(field("id", FieldType.ID), field("name", FieldType.STRING)),
            "deals", List.of(field("id", FieldType.ID), field("amount", FieldType.CURRENCY)));

    private final ToyProvider provider;
    private final Flaw flaw;
    private final TokenManager tokens;
    private final CrmRetry retry;
    private final Clock clock;
    private final Map<ConnectionRef, QuotaUsage> usage = new ConcurrentHashMap<>();

    ToyConnector(ToyProvider provider, Flaw flaw, ConnectorContext context) {
        this.provider = provider;
        this.flaw = flaw;
        this.clock = context.clock();
        this.retry = context.retry();
        this.tokens = context.tokenManager(this::refresh);
    }

    private static FieldSchema field(String name, FieldType type) {
        return FieldSchema.builder(name, type).build();
    }

    private OAuthTokens refresh(Connection connection, OAuthTokens current) {
        try {
            String access = provider.refresh(current.refresh().map(Secret::reveal).orElse(""));
            return OAuthTokens.builder(clock.instant()).accessToken(Secret.of(access))
                    .expiresAt(clock.instant().plus(Duration.ofHours(1))).build();
        } catch (ToyProvider.Refused refused) {
            throw new CrmFailure.ReauthorizationRequired("the toy provider refused the refresh of connection "
                    + connection.ref(), "invalid_grant");
        }
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
        return MappingDocuments.fromClasspath(ToyConnector.class, ToyConnectorFactory.KIND);
    }

    @Override
    public ReadCapabilities capabilities() {
        return ReadCapabilities.builder().operators(EnumSet.allOf(FieldFilter.Operator.class)).includeDeleted(true)
                .build();
    }

    @Override
    public RecordPage list(Connection connection, RecordQuery query) {
        String object = known(query.object());
        int offset = query.pageToken().map(token -> offset(connection, token)).orElse(0);
        List<ProviderRecord> matching = new ArrayList<>();
        call(connection, object).forEach((id, fields) -> {
            if ((query.includeDeleted() || !deleted(fields)) && (query.ids().isEmpty() || query.ids().contains(id))
                    && query.filters().stream().allMatch(filter -> matches(object, fields, filter))) {
                matching.add(record(object, id, fields, query.fields()));
            }
        });
        int end = Math.min(matching.size(), offset + query.pageSize());
        int next = flaw == Flaw.REPEATS_THE_LAST_RECORD_OF_EACH_PAGE ? end - 1 : end;
        return RecordPage.of(matching.subList(Math.min(offset, end), end),
                end < matching.size() ? PageToken.of("page:" + next) : null);
    }

    @Override
    public Optional<ProviderRecord> get(Connection connection, RecordLookup lookup) {
        String object = known(lookup.object());
        Map<String, Object> fields = call(connection, object).get(lookup.id());
        if (fields == null || (deleted(fields) && !lookup.includeDeleted())) {
            return Optional.empty();
        }
        return Optional.of(record(object, lookup.id(), fields, lookup.fields()));
    }

    @Override
    public List<ObjectSummary> objects(Connection connection) {
        return FIELDS.keySet().stream().sorted().map(name -> ObjectSummary.of(name, null, false)).toList();
    }

    @Override
    public Optional<ObjectSchema> describe(Connection connection, String objectName) {
        String object = objectName.toLowerCase(Locale.ROOT);
        if (!FIELDS.containsKey(object)) {
            return Optional.empty();
        }
        ObjectSchema.Builder schema = ObjectSchema.builder(object);
        FIELDS.get(object).forEach(schema::field);
        return Optional.of(schema.build());
    }

    @Override
    public Optional<QuotaUsage> lastKnownUsage(Connection connection) {
        return Optional.ofNullable(usage.get(connection.ref()));
    }

    @Override
    public void close() {
    }

    private String known(String objectName) {
        String object = objectName.toLowerCase(Locale.ROOT);
        if (!FIELDS.containsKey(object)) {
            throw new CrmFailure.NotFound("the toy provider has no object " + objectName, null);
        }
        return object;
    }

    private int offset(Connection connection, PageToken token) {
        Matcher page = PAGE_TOKEN.matcher(token.value());
        if (page.matches()) {
            return Integer.parseInt(page.group(1));
        }
        if (flaw == Flaw.TAKES_ANY_PAGE_TOKEN) {
            return 0;
        }
        throw new CrmFailure.InvalidPageToken("connection " + connection.ref() + " was handed a page token this"
                + " connector did not issue");
    }

    private Map<String, Map<String, Object>> call(Connection connection, String object) {
        return retry.call(connection.ref(), () -> tokens.withAccessToken(connection, token -> {
            try {
                return provider.records(token.reveal(), object);
            } catch (ToyProvider.Refused refused) {
                throw classified(connection, refused);
            } finally {
                usage.put(connection.ref(), QuotaUsage.of(provider.used(), ToyProvider.DAILY_LIMIT, clock.instant()));
            }
        }));
    }

    private CrmFailure classified(Connection connection, ToyProvider.Refused refused) {
        String said = "the toy provider answered " + refused.status + " for connection " + connection.ref();
        return switch (refused.status) {
            case 401 -> new CrmFailure.Unauthorized(said, null);
            case 404 -> new CrmFailure.NotFound(said, null);
            case 429 -> flaw == Flaw.CALLS_A_RATE_LIMIT_TRANSIENT ? new CrmFailure.Transient(said, null, null)
                    : new CrmFailure.RateLimited(said, null, ToyProvider.RETRY_AFTER);
            default -> refused.status >= 500 ? new CrmFailure.Transient(said, null, null)
                    : new CrmFailure.Rejected(said, null);
        };
    }

    private static boolean deleted(Map<String, Object> fields) {
        return Boolean.TRUE.equals(fields.get("_deleted"));
    }

    private static ProviderRecord record(String object, String id, Map<String, Object> fields, List<String> wanted) {
        Map<String, Object> selected = new LinkedHashMap<>();
        selected.put("id", id);
        fields.forEach((name, value) -> {
            if (!name.startsWith("_") && (wanted.isEmpty() || wanted.contains(name))) {
                selected.put(name, value);
            }
        });
        return ProviderRecord.builder(object, id).fields(selected).deleted(deleted(fields)).build();
    }

    private static boolean matches(String object, Map<String, Object> fields, FieldFilter filter) {
        if (FIELDS.get(object).stream().noneMatch(field -> field.name().equals(filter.field()))) {
            throw new CrmFailure.InvalidInput("the toy provider's " + object + " have no field " + filter.field());
        }
        String value = String.valueOf(fields.get(filter.field())).toLowerCase(Locale.ROOT);
        Function<Object, String> text = operand -> String.valueOf(operand).toLowerCase(Locale.ROOT);
        List<String> operands = filter.values().stream().map(text).toList();
        return switch (filter.operator()) {
            case EQUALS -> value.equals(operands.get(0));
            case NOT_EQUALS -> !value.equals(operands.get(0));
            case IN -> operands.contains(value);
            case NOT_IN -> !operands.contains(value);
            case CONTAINS -> value.contains(operands.get(0));
            case GREATER_THAN -> compared(value, operands.get(0)) > 0;
            case GREATER_OR_EQUAL -> compared(value, operands.get(0)) >= 0;
            case LESS_THAN -> compared(value, operands.get(0)) < 0;
            case LESS_OR_EQUAL -> compared(value, operands.get(0)) <= 0;
        };
    }

    private static int compared(String value, String operand) {
        return new BigDecimal(value).compareTo(new BigDecimal(operand));
    }
}
