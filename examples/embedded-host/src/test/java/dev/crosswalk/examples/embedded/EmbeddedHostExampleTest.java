package dev.crosswalk.examples.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswalk.adapters.persistence.TokenEncryptionKey;
import dev.crosswalk.core.domain.Account;
import dev.crosswalk.core.domain.Connection;
import dev.crosswalk.core.domain.ConnectionId;
import dev.crosswalk.core.domain.ConnectionRef;
import dev.crosswalk.core.domain.ConnectionStatus;
import dev.crosswalk.core.domain.Contact;
import dev.crosswalk.core.domain.OAuthTokens;
import dev.crosswalk.core.domain.ProviderRecord;
import dev.crosswalk.core.domain.Secret;
import dev.crosswalk.core.domain.TenantId;
import dev.crosswalk.core.port.in.CursorPage;
import dev.crosswalk.core.port.in.ListRequest;
import dev.crosswalk.embedded.Crosswalk;
import dev.crosswalk.testkit.junit.SalesforceEmulatorExtension;
import dev.crosswalk.testkit.salesforce.EmulatorCredentials;
import dev.crosswalk.testkit.salesforce.SalesforceEmulator;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A host application embedding Crosswalk: its own H2 database, the Salesforce connector found on the class path, and
 * core's use cases called directly, with no HTTP server. The README shows this code.
 */
class EmbeddedHostExampleTest {

    @RegisterExtension
    static final SalesforceEmulatorExtension SALESFORCE = SalesforceEmulatorExtension.builder()
            .seed(7L).accounts(5).contacts(40).dealRegistrations(12).build();

    @Test
    void readsContactsAccountsAndACustomObjectWithoutAnHttpServer(SalesforceEmulator emulator,
            EmulatorCredentials app) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:host-app;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");

        try (Crosswalk crosswalk = Crosswalk.builder()
                .database(dataSource, TokenEncryptionKey.generate())
                .connector("salesforce", Map.of(
                        "client_id", app.clientId(),
                        "client_secret", app.clientSecret(),
                        "login_url", emulator.baseUrl().toString()))
                .build()) {

            // once per customer: the tenant, and the connection its admin authorised
            TenantId tenant = new TenantId("acme");
            ConnectionRef salesforce = new ConnectionRef(tenant, new ConnectionId("acme-salesforce"));
            crosswalk.provisioning().issueApiKey(tenant, "Acme Corp");
            crosswalk.provisioning().connect(
                    Connection.builder(salesforce, "salesforce", emulator.baseUrl()).build(),
                    OAuthTokens.builder(Instant.now()).refreshToken(Secret.of(app.refreshToken())).build());

            CursorPage<Contact> contacts = crosswalk.unifiedRecords()
                    .listContacts(ListRequest.builder(salesforce).pageSize(200).build());
            CursorPage<Account> accounts = crosswalk.unifiedRecords()
                    .listAccounts(ListRequest.builder(salesforce).build());
            CursorPage<ProviderRecord> deals = crosswalk.providerRecords()
                    .list("Deal_Registration__c", ListRequest.builder(salesforce)
                            .fields(List.of("Name", "Amount__c", "Account__r.Name")).build());

            assertThat(contacts.items()).hasSize(40);
            assertThat(contacts.items().get(0).customFields()).containsKey("LTV_Score__c");
            assertThat(accounts.items()).hasSize(5).allSatisfy(account -> assertThat(account.name()).isPresent());
            assertThat(deals.items()).hasSize(12)
                    .allSatisfy(deal -> assertThat(deal.fields()).containsKeys("Name", "Amount__c", "Account__r"));
            assertThat(crosswalk.connectorKinds()).containsExactly("salesforce");

            // the connection's state, then its end: the grant is revoked at Salesforce before it is forgotten
            assertThat(crosswalk.connections().get(salesforce).connection().status())
                    .isEqualTo(ConnectionStatus.ACTIVE);
            crosswalk.connections().delete(salesforce);
            assertThat(crosswalk.connections().list(tenant)).isEmpty();
            assertThat(emulator.requestLog().count("POST", "/services/oauth2/revoke")).isOne();
        }
    }
}
