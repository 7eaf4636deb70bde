package dev.crosswalk.connector.salesforce.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crosswalk.conformance.ConnectorFixture;
import dev.crosswalk.connector.salesforce.EmulatorRest;
import dev.crosswalk.connector.salesforce.SalesforceConnectorFactory;
import dev.crosswalk.core.domain.Connection;
import dev.crosswalk.core.domain.ConnectionRef;
import dev.crosswalk.core.domain.OAuthTokens;
import dev.crosswalk.core.domain.QuotaUsage;
import dev.crosswalk.core.domain.Secret;
import dev.crosswalk.core.domain.UnifiedObject;
import dev.crosswalk.spi.ConnectorFactory;
import dev.crosswalk.testkit.salesforce.EmulatorCredentials;
import dev.crosswalk.testkit.salesforce.Fault;
import dev.crosswalk.testkit.salesforce.SalesforceEmulator;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The Salesforce emulator, in process, described for the conformance kit: a small seeded org (more contacts than
 * Salesforce's smallest page of 200) with one contact deleted into the recycle bin. Its data is read with plain REST
 * calls ({@link EmulatorRest}), never through the connector.
 */
final class SalesforceFixture implements ConnectorFixture {

    /** The emulator's answer to a 429 carries {@code Retry-After: 1}. */
    private static final Duration RETRY_AFTER = Duration.ofSeconds(1);

    private final SalesforceEmulator emulator = SalesforceEmulator.builder()
            .port(0).seed(23L).accounts(15).contacts(260).opportunities(40).dealRegistrations(5).start();
    private final EmulatorRest rest = new EmulatorRest(emulator);
    private final KnownRecord known;
    private final RecordRef deleted;

    SalesforceFixture() {
        List<JsonNode> contacts = rest.query("SELECT Id FROM Contact ORDER BY Id DESC LIMIT 1");
        String doomed = contacts.get(0).get("Id").asText();
        rest.delete("Contact", doomed);
        this.deleted = new RecordRef("Contact", doomed);
        JsonNode first = rest.query("SELECT Id, LastName, Email, LTV_Score__c FROM Contact ORDER BY Id LIMIT 1")
                .get(0);
        Map<String, Object> fields = new LinkedHashMap<>();
        List.of("LastName", "Email", "LTV_Score__c").forEach(field -> fields.put(field, value(first.get(field))));
        this.known = new KnownRecord(new RecordRef("Contact", first.get("Id").asText()), fields);
    }

    @Override
    public ConnectorFactory factory() {
        return new SalesforceConnectorFactory();
    }

    @Override
    public Map<String, String> config() {
        EmulatorCredentials app = emulator.credentials();
        return Map.of("client_id", app.clientId(), "client_secret", app.clientSecret(),
                "login_url", emulator.baseUrl().toString(), "api_version", emulator.apiVersion());
    }

    @Override
    public Connection connection(ConnectionRef ref) {
        return Connection.builder(ref, SalesforceConnectorFactory.KIND, emulator.baseUrl()).build();
    }

    @Override
    public OAuthTokens tokens(Instant now) {
        return OAuthTokens.builder(now).refreshToken(Secret.of(emulator.credentials().refreshToken())).build();
    }

    @Override
    public String objectOf(UnifiedObject unified) {
        return switch (unified) {
            case CONTACT -> "Contact";
            case ACCOUNT -> "Account";
            case OPPORTUNITY -> "Opportunity";
        };
    }

    @Override
    public Set<String> ids(String object) {
        return rest.query("SELECT Id FROM " + object).stream().map(row -> row.get("Id").asText())
                .collect(Collectors.toSet());
    }

    @Override
    public KnownRecord knownRecord() {
        return known;
    }

    /** A well-formed contact id (15 characters: key prefix and pod of a real one) past every record number. */
    @Override
    public String absentId(String object) {
        return known.record().id().substring(0, 5) + "zzzzzzzzzz";
    }

    @Override
    public KnownField customField() {
        return new KnownField(known.record(), "LTV_Score__c", known.fields().get("LTV_Score__c"));
    }

    @Override
    public FilterCase textFilter() {
        return new FilterCase("Contact", "LastName", known.fields().get("LastName"), valuesById("Contact", "LastName"));
    }

    @Override
    public FilterCase numberFilter() {
        Map<String, Object> amounts = valuesById("Opportunity", "Amount");
        List<BigDecimal> sorted = amounts.values().stream().map(BigDecimal.class::cast).sorted().toList();
        return new FilterCase("Opportunity", "Amount", sorted.get(sorted.size() / 2), amounts);
    }

    @Override
    public RecordRef deletedRecord() {
        return deleted;
    }

    @Override
    public void expireAccessTokens() {
        emulator.expireAccessTokens();
    }

    @Override
    public void revokeGrant() {
        rest.revoke(emulator.credentials().refreshToken());
    }

    @Override
    public void failCalls(ProviderFault fault, int calls) {
        int status = switch (fault) {
            case RATE_LIMITED -> 429;
            case SERVER_ERROR -> 503;
            case UNAUTHORIZED -> 401;
            case BAD_REQUEST -> 400;
        };
        emulator.faults().add(Fault.status(status).onRoute(null, "/services/data/.*").times(calls));
    }

    @Override
    public Optional<Duration> rateLimitRetryAfter() {
        return Optional.of(RETRY_AFTER);
    }

    /** The org's daily API requests, as {@code GET /limits} reports them (that call counted). */
    @Override
    public QuotaUsage quotaUsage() {
        JsonNode daily = rest.limits().get("DailyApiRequests");
        long max = daily.get("Max").asLong();
        return QuotaUsage.of(max - daily.get("Remaining").asLong(), max, Instant.now());
    }

    @Override
    public void close() {
        emulator.close();
    }

    private Map<String, Object> valuesById(String object, String field) {
        return rest.query("SELECT Id, " + field + " FROM " + object).stream()
                .collect(Collectors.toMap(row -> row.get("Id").asText(), row -> value(row.get(field))));
    }

    /** A JSON value as the kit compares it: numbers exact, everything else its text. */
    private static Object value(JsonNode node) {
        if (node == null || node.isNull()) {
            throw new IllegalStateException("the emulator holds no value where the fixture needs one");
        }
        return node.isNumber() ? node.decimalValue() : node.asText();
    }
}
