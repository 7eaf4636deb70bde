package dev.crosswalk.connector.salesforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosswalk.core.domain.Connection;
import dev.crosswalk.core.domain.ConnectionId;
import dev.crosswalk.core.domain.ConnectionStatus;
import dev.crosswalk.core.domain.Contact;
import dev.crosswalk.core.domain.OAuthTokens;
import dev.crosswalk.core.domain.Page;
import dev.crosswalk.core.domain.PageRequest;
import dev.crosswalk.core.domain.PageToken;
import dev.crosswalk.core.domain.Secret;
import dev.crosswalk.core.domain.TenantId;
import dev.crosswalk.core.port.out.ContactsPort;
import dev.crosswalk.core.port.out.CrmFailure;
import dev.crosswalk.core.port.out.SchemaPort;
import dev.crosswalk.core.toolkit.retry.CrmRetry;
import dev.crosswalk.core.toolkit.token.InMemoryConnectionLocks;
import dev.crosswalk.spi.Connector;
import dev.crosswalk.spi.ConnectorContext;
import dev.crosswalk.spi.ConnectorFactory;
import dev.crosswalk.testkit.salesforce.EmulatorCredentials;
import dev.crosswalk.testkit.salesforce.SalesforceEmulator;
import dev.crosswalk.testkit.salesforce.SalesforceEmulatorExtension;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Salesforce connector against the emulator over real HTTP: SOQL paging, custom fields, token refresh. */
class SalesforceContactsTest {

    private static final int CONTACTS = 450;

    @RegisterExtension
    final SalesforceEmulatorExtension salesforce = SalesforceEmulatorExtension.builder()
            .seed(7).accounts(20).contacts(CONTACTS).build();

    private final InMemoryTokenStore tokens = new InMemoryTokenStore();
    private SalesforceEmulator emulator;
    private Connection connection;
    private Connector connector;
    private ContactsPort contacts;

    @BeforeEach
    void connect() {
        emulator = salesforce.emulator();
        EmulatorCredentials credentials = emulator.credentials();
        connector = connector(Map.of());
        contacts = connector.contacts().orElseThrow();
        connection = new Connection(new ConnectionId("sf"), new TenantId("acme"), "salesforce", emulator.baseUrl(),
                ConnectionStatus.ACTIVE, Map.of());
        tokens.save(connection.ref(), new OAuthTokens(null, Secret.of(credentials.refreshToken()), Instant.now(), null));
    }

    @AfterEach
    void close() {
        connector.close();
    }

    /** A connector for the emulator's default org, with {@code extraConfig} on top of its credentials. */
    private Connector connector(Map<String, String> extraConfig) {
        EmulatorCredentials credentials = emulator.credentials();
        Map<String, String> config = new HashMap<>(Map.of(
                "client_id", credentials.clientId(),
                "client_secret", credentials.clientSecret(),
                "login_url", emulator.baseUrl().toString(),
                "api_version", emulator.apiVersion()));
        config.putAll(extraConfig);
        ConnectorFactory factory = new SalesforceConnectorFactory();
        return factory.create(factory.configSpec().validate(config), ConnectorContext.of(tokens, new InMemoryConnectionLocks(),
                CrmRetry.builder().backoff(Duration.ofMillis(5), Duration.ofMillis(20)).build(), Clock.systemUTC()));
    }

    @Test
    void pagesThroughEveryContactFollowingNextRecordsUrl() {
        Set<String> ids = new HashSet<>();
        Page<Contact> page = contacts.listContacts(connection, PageRequest.first(200));
        int pages = 1;
        page.items().forEach(contact -> ids.add(contact.id()));
        while (page.next().isPresent()) {
            page = contacts.listContacts(connection, new PageRequest(200, page.next()));
            page.items().forEach(contact -> ids.add(contact.id()));
            pages++;
        }

        assertThat(ids).hasSize(CONTACTS);
        assertThat(pages).isEqualTo(3);
        assertThat(emulator.requestLog().countPathContaining("/query/")).isEqualTo(2);
    }

    @Test
    void mapsStandardFieldsAndPutsEveryCustomFieldInCustomFields() {
        Contact contact = contacts.listContacts(connection, PageRequest.first(200)).items().get(0);

        assertThat(contact.id()).startsWith("003");
        assertThat(contact.lastName()).isNotBlank();
        assertThat(contact.name()).contains(contact.lastName());
        assertThat(contact.createdAt()).isNotNull();
        assertThat(contact.updatedAt()).isNotNull();
        assertThat(contact.accountRef()).hasValueSatisfying(account -> assertThat(account.id()).startsWith("001"));
        assertThat(contact.customFields()).containsKeys("LTV_Score__c", "Internal_ID__c", "External_Id__c")
                .allSatisfy((name, value) -> assertThat(name).endsWith("__c"));
        assertThat(contact.customFields()).doesNotContainKey("attributes");
    }

    @Test
    void refreshesOnceBeforeTheFirstCallWhenOnlyARefreshTokenIsStored() {
        contacts.listContacts(connection, PageRequest.first(200));

        assertThat(emulator.requestLog().count("POST", "/services/oauth2/token")).isEqualTo(1);
        assertThat(tokens.load(connection.ref()).orElseThrow().access()).isPresent();
        assertThat(tokens.load(connection.ref()).orElseThrow().expiresAt()).isNotNull();
    }

    @Test
    void refreshesOnceAndRetriesWhenSalesforceSaysTheSessionExpired() {
        contacts.listContacts(connection, PageRequest.first(200));
        emulator.expireAccessTokens();
        emulator.requestLog().clear();

        Page<Contact> page = contacts.listContacts(connection, PageRequest.first(200));

        assertThat(page.items()).hasSize(200);
        assertThat(emulator.requestLog().count("POST", "/services/oauth2/token")).isEqualTo(1);
        assertThat(emulator.requestLog().count(request -> request.status() == 401)).isEqualTo(1);
    }

    @Test
    void refreshesBeforeCallingWhenTheStoredTokenIsAboutToExpire() {
        contacts.listContacts(connection, PageRequest.first(200));
        OAuthTokens current = tokens.load(connection.ref()).orElseThrow();
        tokens.save(connection.ref(), new OAuthTokens(current.accessToken(), current.refreshToken(), current.issuedAt(),
                Instant.now().plusSeconds(10)));
        emulator.requestLog().clear();

        contacts.listContacts(connection, PageRequest.first(200));

        assertThat(emulator.requestLog().count("POST", "/services/oauth2/token")).isEqualTo(1);
        assertThat(emulator.requestLog().count(request -> request.status() == 401)).isZero();
    }

    @Test
    void asksForReauthorisationWhenTheRefreshTokenIsRefused() {
        tokens.save(connection.ref(), new OAuthTokens(null, Secret.of("revoked-refresh-token"), Instant.now(), null));

        assertThatThrownBy(() -> contacts.listContacts(connection, PageRequest.first(200)))
                .isInstanceOfSatisfying(CrmFailure.ReauthorizationRequired.class, failure -> {
                    assertThat(failure.providerCode()).contains("invalid_grant");
                    assertThat(failure.getMessage()).contains("acme/sf").doesNotContain("revoked-refresh-token");
                });
    }

    @Test
    void refusesAPageTokenThatIsNotAQueryLocatorWithoutCallingSalesforce() {
        for (String forged : List.of("https://evil.example/steal", "/services/data/v62.0/sobjects/User",
                "/services/data/v62.0/query/../../oauth2/token")) {
            assertThatThrownBy(() -> contacts.listContacts(connection,
                    new PageRequest(200, Optional.of(new PageToken(forged)))))
                    .isInstanceOf(CrmFailure.InvalidPageToken.class);
        }
        assertThat(emulator.requestLog().size()).isZero();
    }

    @Test
    void reportsAnExpiredOrUnknownQueryLocatorAsAnInvalidPageToken() {
        contacts.listContacts(connection, PageRequest.first(200));
        String unknown = "/services/data/" + emulator.apiVersion() + "/query/01gD0000002HU6KIAW-200";

        assertThatThrownBy(() -> contacts.listContacts(connection, new PageRequest(200, Optional.of(new PageToken(unknown)))))
                .isInstanceOf(CrmFailure.InvalidPageToken.class)
                .hasMessageContaining("start again without a cursor");
    }

    @Test
    void neverSendsTheClientSecretToALoginUrlOutsideSalesforce() {
        Connection hijacked = new Connection(connection.id(), connection.tenant(), "salesforce", emulator.baseUrl(),
                ConnectionStatus.ACTIVE, Map.of("login_url", "https://attacker.example"));
        emulator.requestLog().clear();

        assertThatThrownBy(() -> contacts.listContacts(hijacked, PageRequest.first(200)))
                .isInstanceOf(CrmFailure.Rejected.class)
                .hasMessageContaining("login_url");
        assertThat(emulator.requestLog().count("POST", "/services/oauth2/token")).isZero();
    }

    @Test
    void remembersTheApiUsageSalesforceReports() {
        contacts.listContacts(connection, PageRequest.first(200));

        assertThat(connector.quota().orElseThrow().lastKnownUsage(connection)).hasValueSatisfying(usage -> {
            assertThat(usage.used()).isPositive();
            assertThat(usage.limit()).isGreaterThan(usage.used());
        });
    }

    @Test
    void discoversCustomFieldsWithDescribeAndCachesIt() {
        contacts.listContacts(connection, PageRequest.first(200));
        contacts.listContacts(connection, PageRequest.first(200));

        assertThat(emulator.requestLog().countPathContaining("/sobjects/Contact/describe")).isEqualTo(1);
        assertThat(connector.schema().orElseThrow().describe(connection, "Contact")).hasValueSatisfying(schema ->
                assertThat(schema.fields()).anySatisfy(field -> {
                    assertThat(field.name()).isEqualTo("LTV_Score__c");
                    assertThat(field.custom()).isTrue();
                }));
    }

    @Test
    void keepsOnlyTheConfiguredNumberOfDescribeResultsDroppingTheLeastRecentlyUsed() {
        try (Connector small = connector(Map.of("describe_cache_entries", "2"))) {
            SchemaPort schema = small.schema().orElseThrow();
            schema.describe(connection, "Contact");
            schema.describe(connection, "Account");
            schema.describe(connection, "Contact");
            schema.describe(connection, "Opportunity");

            schema.describe(connection, "Contact");
            assertThat(emulator.requestLog().countPathContaining("/sobjects/Contact/describe")).isEqualTo(1);
            schema.describe(connection, "Account");
            assertThat(emulator.requestLog().countPathContaining("/sobjects/Account/describe")).isEqualTo(2);
        }
    }
}
