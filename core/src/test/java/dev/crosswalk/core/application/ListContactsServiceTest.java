package dev.crosswalk.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosswalk.core.domain.Connection;
import dev.crosswalk.core.domain.ConnectionId;
import dev.crosswalk.core.domain.ConnectionRef;
import dev.crosswalk.core.domain.ConnectionStatus;
import dev.crosswalk.core.domain.Contact;
import dev.crosswalk.core.domain.PageToken;
import dev.crosswalk.core.domain.Secret;
import dev.crosswalk.core.domain.TenantId;
import dev.crosswalk.core.fakes.FakeConnector;
import dev.crosswalk.core.fakes.InMemoryConnectionStore;
import dev.crosswalk.core.fakes.TestConnections;
import dev.crosswalk.core.port.in.CursorPage;
import dev.crosswalk.core.port.in.ListRecordsQuery;
import dev.crosswalk.core.port.in.UseCaseException;
import dev.crosswalk.core.port.in.UseCaseException.CrmCallFailed.Kind;
import dev.crosswalk.core.port.out.ConnectionEvents;
import dev.crosswalk.core.port.out.ConnectionStore;
import dev.crosswalk.core.port.out.ContactsPort;
import dev.crosswalk.core.port.out.CrmFailure;
import dev.crosswalk.core.port.out.CrmPorts;
import dev.crosswalk.core.port.out.CrmPortsProvider;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ListContactsServiceTest {

    private static final Secret CURSOR_KEY = Secret.of("test-cursor-key");

    private final List<String> told = new CopyOnWriteArrayList<>();
    private final ConnectionEvents events =
            (connection, reason) -> told.add(connection.ref() + " " + connection.status() + " " + reason);

    private final InMemoryConnectionStore connections = new InMemoryConnectionStore();
    private final FakeConnector salesforce = new FakeConnector(FakeConnector.contacts(5));
    private final CrmPortsProvider installed = kind -> switch (kind) {
        case "salesforce" -> Optional.of(salesforce);
        case "pipedrive" -> Optional.of(new CrmPorts() { });
        default -> Optional.empty();
    };
    private final ListContactsService service = new ListContactsService(connections, installed, events, CURSOR_KEY);

    private final Connection acmeMain = TestConnections.active("acme", "sf-main");
    private final Connection acmeEu = TestConnections.active("acme", "sf-eu");
    private final Connection globexMain = TestConnections.active("globex", "sf-main");

    @BeforeEach
    void storeConnections() {
        connections.save(acmeMain);
        connections.save(acmeEu);
        connections.save(globexMain);
    }

    @Test
    void listsTheFirstPageThroughTheConnectorOfTheConnection() {
        CursorPage<Contact> page = service.listContacts(firstPage(acmeMain.ref(), 2));

        assertThat(page.items()).extracting(Contact::id).containsExactly("c1", "c2");
        assertThat(salesforce.requests()).singleElement().satisfies(request -> {
            assertThat(request.pageSize()).isEqualTo(2);
            assertThat(request.after()).isEmpty();
        });
    }

    @Test
    void handsTheClientAnOpaqueCursorRatherThanTheConnectorsToken() {
        CursorPage<Contact> page = service.listContacts(firstPage(acmeMain.ref(), 2));

        assertThat(page.nextCursor()).hasValueSatisfying(cursor -> assertThat(cursor)
                .isNotBlank()
                .doesNotContain("offset")
                .doesNotContain("\n"));
    }

    @Test
    void theNextCursorGivesTheConnectorBackItsOwnToken() {
        String cursor = service.listContacts(firstPage(acmeMain.ref(), 2)).nextCursor().orElseThrow();

        CursorPage<Contact> second = service.listContacts(new ListRecordsQuery(acmeMain.ref(), 2, Optional.of(cursor)));

        assertThat(salesforce.requests().get(1).after()).contains(new PageToken("offset:2"));
        assertThat(second.items()).extracting(Contact::id).containsExactly("c3", "c4");
    }

    @Test
    void walksEveryPageAndEndsWithoutACursor() {
        List<String> seen = new java.util.ArrayList<>();
        Optional<String> cursor = Optional.empty();
        do {
            CursorPage<Contact> page = service.listContacts(new ListRecordsQuery(acmeMain.ref(), 2, cursor));
            page.items().forEach(contact -> seen.add(contact.id()));
            cursor = page.nextCursor();
        } while (cursor.isPresent() && seen.size() < 100);

        assertThat(seen).containsExactly("c1", "c2", "c3", "c4", "c5");
    }

    @Test
    void refusesAConnectionTheTenantDoesNotHave() {
        ConnectionRef unknown = new ConnectionRef(new TenantId("acme"), new ConnectionId("hubspot-1"));

        assertThatThrownBy(() -> service.listContacts(firstPage(unknown, 10)))
                .isInstanceOf(UseCaseException.ConnectionNotFound.class)
                .hasMessageContaining("hubspot-1");
    }

    @Test
    void refusesAnotherTenantsConnectionAsNotFound() {
        connections.save(TestConnections.active("acme", "acme-only"));
        ConnectionRef guessed = new ConnectionRef(new TenantId("globex"), new ConnectionId("acme-only"));

        assertThatThrownBy(() -> service.listContacts(firstPage(guessed, 10)))
                .isInstanceOf(UseCaseException.ConnectionNotFound.class);
        assertThat(salesforce.requests()).isEmpty();
    }

    @Test
    void refusesAnotherTenantsConnectionEvenWhenTheStoreIgnoresTheTenant() {
        ConnectionStore findsByIdOnly = new ConnectionStore() {
            @Override
            public Optional<Connection> find(ConnectionRef ref) {
                return Optional.of(acmeMain).filter(connection -> connection.id().equals(ref.id()));
            }

            @Override
            public List<Connection> list(TenantId tenant) {
                return List.of();
            }

            @Override
            public void save(Connection connection) {
                throw new UnsupportedOperationException();
            }
        };
        ListContactsService careless = new ListContactsService(findsByIdOnly, installed, events, CURSOR_KEY);
        ConnectionRef guessed = new ConnectionRef(new TenantId("globex"), acmeMain.id());

        assertThatThrownBy(() -> careless.listContacts(firstPage(guessed, 10)))
                .isInstanceOf(UseCaseException.ConnectionNotFound.class);
        assertThat(salesforce.requests()).isEmpty();
    }

    @Test
    void refusesAConnectionThatNeedsReauthorisationWithoutCallingTheConnector() {
        connections.save(acmeMain.withStatus(ConnectionStatus.NEEDS_REAUTH));

        assertThatThrownBy(() -> service.listContacts(firstPage(acmeMain.ref(), 10)))
                .isInstanceOf(UseCaseException.ConnectionNeedsReauthorization.class)
                .hasMessageContaining("sf-main");
        assertThat(salesforce.requests()).isEmpty();
    }

    @Test
    void reportsAConnectorThatIsNotInstalled() {
        Connection zoho = TestConnections.active("acme", "zoho-1", "zoho");
        connections.save(zoho);

        assertThatThrownBy(() -> service.listContacts(firstPage(zoho.ref(), 10)))
                .isInstanceOf(UseCaseException.ConnectorNotInstalled.class)
                .hasMessageContaining("zoho");
    }

    @Test
    void marksTheConnectionForReauthorisationWhenTheProviderRefusesItsGrant() {
        salesforce.failNextCallWith(new CrmFailure.ReauthorizationRequired("invalid_grant", "invalid_grant"));

        assertThatThrownBy(() -> service.listContacts(firstPage(acmeMain.ref(), 10)))
                .isInstanceOf(UseCaseException.ConnectionNeedsReauthorization.class);
        assertThat(connections.find(acmeMain.ref()).orElseThrow().status()).isEqualTo(ConnectionStatus.NEEDS_REAUTH);
        assertThat(told).containsExactly("acme/sf-main NEEDS_REAUTH invalid_grant");
        assertThatThrownBy(() -> service.listContacts(firstPage(acmeMain.ref(), 10)))
                .isInstanceOf(UseCaseException.ConnectionNeedsReauthorization.class);
        assertThat(salesforce.requests()).hasSize(1);
        assertThat(connections.find(acmeEu.ref()).orElseThrow().status()).isEqualTo(ConnectionStatus.ACTIVE);
    }

    @Test
    void leavesTheConnectionActiveWhenTheProviderFailsForAnotherReason() {
        salesforce.failNextCallWith(new CrmFailure.Transient("timeout", null, null));

        assertThatThrownBy(() -> service.listContacts(firstPage(acmeMain.ref(), 10)))
                .isInstanceOf(UseCaseException.CrmCallFailed.class);
        assertThat(connections.find(acmeMain.ref()).orElseThrow().status()).isEqualTo(ConnectionStatus.ACTIVE);
        assertThat(told).isEmpty();
    }

    @Test
    void reportsAConnectorWithoutContactsAsUnavailable() {
        Connection pipedrive = TestConnections.active("acme", "pd-1", "pipedrive");
        connections.save(pipedrive);

        assertThatThrownBy(() -> service.listContacts(firstPage(pipedrive.ref(), 10)))
                .isInstanceOf(UseCaseException.CapabilityUnavailable.class)
                .hasMessageContaining("pipedrive");
    }

    @Test
    void refusesACursorIssuedForAnotherConnectionOfTheSameTenant() {
        String cursorOfMain = service.listContacts(firstPage(acmeMain.ref(), 2)).nextCursor().orElseThrow();

        assertThatThrownBy(() -> service.listContacts(
                new ListRecordsQuery(acmeEu.ref(), 2, Optional.of(cursorOfMain))))
                .isInstanceOf(UseCaseException.InvalidCursor.class);
        assertThat(salesforce.requests()).hasSize(1);
    }

    @Test
    void refusesACursorIssuedToAnotherTenantForAConnectionOfTheSameId() {
        String cursorOfAcme = service.listContacts(firstPage(acmeMain.ref(), 2)).nextCursor().orElseThrow();

        assertThatThrownBy(() -> service.listContacts(
                new ListRecordsQuery(globexMain.ref(), 2, Optional.of(cursorOfAcme))))
                .isInstanceOf(UseCaseException.InvalidCursor.class);
        assertThat(salesforce.requests()).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "!!not base64!!", "aGVsbG8", "c2YtbWFpbgo", "c2YtbWFpbg"})
    void refusesAGarbageCursor(String garbage) {
        // aGVsbG8 = "hello", c2YtbWFpbgo = "sf-main\n", c2YtbWFpbg = "sf-main"
        assertThatThrownBy(() -> service.listContacts(new ListRecordsQuery(acmeMain.ref(), 2, Optional.of(garbage))))
                .isInstanceOf(UseCaseException.InvalidCursor.class);
        assertThat(salesforce.requests()).isEmpty();
    }

    @Test
    void refusesACursorWhoseContentWasAlteredWithoutCallingTheConnector() {
        String cursor = service.listContacts(firstPage(acmeMain.ref(), 2)).nextCursor().orElseThrow();
        String payload = cursor.substring(0, cursor.lastIndexOf('.'));
        String signature = cursor.substring(cursor.lastIndexOf('.') + 1);
        String plain = new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8);
        String altered = Base64.getUrlEncoder().withoutPadding().encodeToString(
                plain.replace("offset:2", "offset:4").getBytes(StandardCharsets.UTF_8)) + "." + signature;
        int callsBefore = salesforce.requests().size();

        assertThatThrownBy(() -> service.listContacts(new ListRecordsQuery(acmeMain.ref(), 2, Optional.of(altered))))
                .isInstanceOf(UseCaseException.InvalidCursor.class);
        assertThat(salesforce.requests()).hasSize(callsBefore);
    }

    @Test
    void refusesACursorSignedWithAnotherKey() {
        ListContactsService otherNode = new ListContactsService(connections, installed, events, Secret.of("another-key"));
        String cursor = otherNode.listContacts(firstPage(acmeMain.ref(), 2)).nextCursor().orElseThrow();

        assertThatThrownBy(() -> service.listContacts(new ListRecordsQuery(acmeMain.ref(), 2, Optional.of(cursor))))
                .isInstanceOf(UseCaseException.InvalidCursor.class);
    }

    @Test
    void turnsAPageTokenTheConnectorDidNotIssueIntoAnInvalidCursor() {
        CrmPortsProvider refusingTokens = kind -> Optional.of(refusingConnector(
                new CrmFailure.InvalidPageToken("not a locator of this org")));
        ListContactsService refusing = new ListContactsService(connections, refusingTokens, events, CURSOR_KEY);
        String cursor = service.listContacts(firstPage(acmeMain.ref(), 2)).nextCursor().orElseThrow();

        assertThatThrownBy(() -> refusing.listContacts(new ListRecordsQuery(acmeMain.ref(), 2, Optional.of(cursor))))
                .isInstanceOf(UseCaseException.InvalidCursor.class);
    }

    static Stream<Arguments> otherConnectorFailures() {
        return Stream.of(
                Arguments.of(new CrmFailure.RateLimited("daily limit", "REQUEST_LIMIT_EXCEEDED", Duration.ofSeconds(30)),
                        Kind.RATE_LIMITED),
                Arguments.of(new CrmFailure.Transient("503 from provider", "SERVER_UNAVAILABLE", null), Kind.UNAVAILABLE),
                Arguments.of(new CrmFailure.Unauthorized("session expired", "INVALID_SESSION_ID"), Kind.TOKEN_REFUSED),
                Arguments.of(new CrmFailure.Rejected("No such column 'Foo__c'", "INVALID_FIELD"), Kind.REJECTED),
                Arguments.of(new CrmFailure.NotFound("no such object", "NOT_FOUND"), Kind.NOT_FOUND));
    }

    @ParameterizedTest
    @MethodSource("otherConnectorFailures")
    void turnsOtherConnectorFailuresIntoCrmCallFailuresKeepingWhatTheProviderSaid(CrmFailure failure, Kind kind) {
        ListContactsService refusedService =
                new ListContactsService(connections, any -> Optional.of(refusingConnector(failure)), events, CURSOR_KEY);

        assertThatThrownBy(() -> refusedService.listContacts(firstPage(acmeMain.ref(), 2)))
                .isInstanceOfSatisfying(UseCaseException.CrmCallFailed.class, failed -> {
                    assertThat(failed.kind()).isEqualTo(kind);
                    assertThat(failed.getMessage()).isEqualTo(failure.getMessage());
                    assertThat(failed.providerCode()).isEqualTo(failure.providerCode());
                    assertThat(failed.retryAfter()).isEqualTo(failure instanceof CrmFailure.RateLimited limited
                            ? limited.retryAfter() : Optional.empty());
                    assertThat(failed.getCause()).isSameAs(failure);
                });
        assertThat(connections.find(acmeMain.ref()).orElseThrow().status()).isEqualTo(ConnectionStatus.ACTIVE);
    }

    private static CrmPorts refusingConnector(CrmFailure failure) {
        ContactsPort refusing = (connection, page) -> {
            throw failure;
        };
        return new CrmPorts() {
            @Override
            public Optional<ContactsPort> contacts() {
                return Optional.of(refusing);
            }
        };
    }

    private static ListRecordsQuery firstPage(ConnectionRef ref, int pageSize) {
        return new ListRecordsQuery(ref, pageSize, Optional.empty());
    }
}
