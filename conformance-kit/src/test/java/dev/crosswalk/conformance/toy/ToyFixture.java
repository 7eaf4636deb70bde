package dev.crosswalk.conformance.toy;

import dev.crosswalk.conformance.ConnectorFixture;
import dev.crosswalk.core.domain.Connection;
import dev.crosswalk.core.domain.ConnectionRef;
import dev.crosswalk.core.domain.OAuthTokens;
import dev.crosswalk.core.domain.QuotaUsage;
import dev.crosswalk.core.domain.Secret;
import dev.crosswalk.core.domain.UnifiedObject;
import dev.crosswalk.spi.ConnectorFactory;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The kit's own fixture: {@link ToyProvider} and {@link ToyConnector}, with or without a flaw. */
final class ToyFixture implements ConnectorFixture {

    private final ToyProvider provider = new ToyProvider();
    private final ToyConnector.Flaw flaw;

    ToyFixture() {
        this(ToyConnector.Flaw.NONE);
    }

    ToyFixture(ToyConnector.Flaw flaw) {
        this.flaw = flaw;
    }

    @Override
    public ConnectorFactory factory() {
        return new ToyConnectorFactory(provider, flaw);
    }

    @Override
    public Map<String, String> config() {
        return Map.of("region", "memory");
    }

    @Override
    public Connection connection(ConnectionRef ref) {
        return Connection.builder(ref, "toy", URI.create("http://toy.invalid")).build();
    }

    @Override
    public OAuthTokens tokens(Instant now) {
        return OAuthTokens.builder(now).refreshToken(Secret.of(ToyProvider.REFRESH_TOKEN)).build();
    }

    @Override
    public String objectOf(UnifiedObject unified) {
        return switch (unified) {
            case CONTACT -> "people";
            case ACCOUNT -> "firms";
            case OPPORTUNITY -> "deals";
        };
    }

    @Override
    public Set<String> ids(String object) {
        return Set.copyOf(provider.liveIds(object));
    }

    @Override
    public KnownRecord knownRecord() {
        Map<String, Object> fields = provider.fields("people", "7");
        return new KnownRecord(new RecordRef("people", "7"), Map.of("name", fields.get("name"),
                "score", fields.get("score")));
    }

    @Override
    public String absentId(String object) {
        return "999999";
    }

    @Override
    public KnownField customField() {
        return new KnownField(new RecordRef("people", "7"), ToyProvider.CUSTOM_FIELD,
                provider.fields("people", "7").get(ToyProvider.CUSTOM_FIELD));
    }

    @Override
    public FilterCase textFilter() {
        return new FilterCase("people", "name", provider.fields("people", "7").get("name"),
                valuesById("people", "name"));
    }

    @Override
    public FilterCase numberFilter() {
        return new FilterCase("deals", "amount", 4000, valuesById("deals", "amount"));
    }

    @Override
    public RecordRef deletedRecord() {
        return new RecordRef("people", "30");
    }

    @Override
    public void expireAccessTokens() {
        provider.expireAccessTokens();
    }

    @Override
    public void revokeGrant() {
        provider.revokeGrant();
    }

    @Override
    public void failCalls(ProviderFault fault, int calls) {
        provider.fail(fault, calls);
    }

    @Override
    public Optional<Duration> rateLimitRetryAfter() {
        return Optional.of(ToyProvider.RETRY_AFTER);
    }

    @Override
    public QuotaUsage quotaUsage() {
        return QuotaUsage.of(provider.used(), ToyProvider.DAILY_LIMIT, Instant.now());
    }

    @Override
    public void close() {
    }

    private Map<String, Object> valuesById(String object, String field) {
        Map<String, Object> values = new LinkedHashMap<>();
        provider.liveIds(object).forEach(id -> values.put(id, provider.fields(object, id).get(field)));
        return values;
    }
}
