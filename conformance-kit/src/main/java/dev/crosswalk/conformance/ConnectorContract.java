package dev.crosswalk.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswalk.core.domain.ConnectionId;
import dev.crosswalk.core.domain.ConnectionRef;
import dev.crosswalk.core.domain.ProviderRecord;
import dev.crosswalk.core.domain.RecordPage;
import dev.crosswalk.core.domain.RecordQuery;
import dev.crosswalk.core.domain.TenantId;
import dev.crosswalk.core.domain.UnifiedObject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * What every contract of the kit shares: the fixture the connector's test supplies, a connector wired to it through a
 * {@link TestingConnectorContext}, and reading a listing to its end. A connector's test extends a contract and
 * implements only {@link #startFixture()}. Each contract says whether it starts one fixture for all its tests or one
 * per test (the tests that revoke grants or inject faults take a fresh emulator each).
 *
 * @since 0.1
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ConnectorContract {

    /** The connection every contract creates. */
    protected static final ConnectionRef CONNECTION =
            new ConnectionRef(new TenantId("conformance"), new ConnectionId("under-test"));

    /** More pages than any listing of an emulator's data takes; a listing that goes on is looping. */
    static final int MOST_PAGES = 1000;

    private final boolean fixturePerTest;
    private ConnectorFixture fixture;
    private TestingConnectorContext context;

    /** @param fixturePerTest whether each test gets a new fixture and connector, or the class shares one */
    ConnectorContract(boolean fixturePerTest) {
        this.fixturePerTest = fixturePerTest;
    }

    /**
     * Starts a new fixture: typically a new in-process emulator with its seeded data. The kit closes it.
     *
     * @return a fixture no other test uses; never {@code null}
     */
    protected abstract ConnectorFixture startFixture();

    /** @return the fixture of the running test */
    protected final ConnectorFixture fixture() {
        return fixture;
    }

    /** @return the connector and stores of the running test, connected to {@link #fixture()} */
    protected final TestingConnectorContext context() {
        return context;
    }

    /**
     * @param to the fixture to connect to
     * @return a new context with its own stores and connector, holding a connection to the fixture's emulator with a
     *     new grant; the caller closes it
     */
    protected final TestingConnectorContext connect(ConnectorFixture to) {
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        return TestingConnectorContext.builder(to.factory())
                .config(to.config())
                .connection(to.connection(CONNECTION))
                .tokens(to.tokens(start))
                .clockAt(start)
                .build();
    }

    @BeforeAll
    final void startForTheClass() {
        if (!fixturePerTest) {
            start();
        }
    }

    @AfterAll
    final void stopForTheClass() {
        if (!fixturePerTest) {
            stop();
        }
    }

    @BeforeEach
    final void startForTheTest() {
        if (fixturePerTest) {
            start();
        }
    }

    @AfterEach
    final void stopForTheTest() {
        if (fixturePerTest) {
            stop();
        }
    }

    private void start() {
        fixture = startFixture();
        context = connect(fixture);
    }

    private void stop() {
        try (ConnectorFixture started = fixture; TestingConnectorContext connected = context) {
            fixture = null;
            context = null;
        }
    }

    /** @return the first page of one contact record of the running test's connector: one call, for tests about calls */
    final RecordPage call() {
        return call(context());
    }

    /** @return the first page of one contact record of {@code through}'s connector */
    final RecordPage call(TestingConnectorContext through) {
        return through.connector().records().list(through.connection(),
                RecordQuery.builder(fixture.objectOf(UnifiedObject.CONTACT)).pageSize(1)
                        .build());
    }

    /**
     * Lists {@code query} page by page until a page has no next token, checking that the listing ends.
     *
     * @return every record listed, in order
     */
    static List<ProviderRecord> listToTheEnd(TestingConnectorContext context, RecordQuery query) {
        List<ProviderRecord> listed = new ArrayList<>();
        RecordQuery next = query;
        for (int pages = 1; ; pages++) {
            RecordPage page = context.connector().records().list(context.connection(), next);
            listed.addAll(page.records());
            if (page.next().isEmpty()) {
                return listed;
            }
            assertThat(pages).as("pages listed of %s without an end", query).isLessThan(MOST_PAGES);
            next = next.toBuilder().pageToken(page.next().get()).build();
        }
    }
}
