package dev.crosswalk.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;

import dev.crosswalk.core.domain.ConnectionEvent;
import dev.crosswalk.core.domain.ConnectionStatus;
import dev.crosswalk.core.domain.OAuthTokens;
import dev.crosswalk.core.domain.Secret;
import dev.crosswalk.core.domain.FieldSchema;
import dev.crosswalk.core.domain.FieldType;
import dev.crosswalk.core.domain.ObjectSchema;
import dev.crosswalk.core.domain.ProviderRecord;
import dev.crosswalk.core.fakes.InMemoryCrm;
import dev.crosswalk.core.port.in.ListRequest;
import dev.crosswalk.core.port.in.UseCaseException;
import dev.crosswalk.core.port.out.crm.CrmFailure;
import dev.crosswalk.core.port.out.host.ConnectionEvents;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A connection's move to needs-reauthorisation: made once however many calls see the refusal, and told once. */
class ConnectionTransitionsTest {

    private static final ObjectSchema DEAL = ObjectSchema.builder("Deal__c")
            .field(FieldSchema.builder("Id", FieldType.ID).build()).build();

    private final ConnectionEvents events = mock(ConnectionEvents.class);
    private final CoreFixture fixture = new CoreFixture(InMemoryCrm.capable()
            .object(DEAL, List.of(ProviderRecord.builder("Deal__c", "a0X1").build())), events);

    @Test
    void tellsTheHostOnceWhenManyConcurrentCallsSeeTheGrantRefused() throws Exception {
        fixture.crm.failEveryCallWith(new CrmFailure.ReauthorizationRequired("refresh token revoked", "invalid_grant"));
        int callers = 16;
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Throwable>> outcomes = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(callers)) {
            for (int i = 0; i < callers; i++) {
                outcomes.add(threads.submit(() -> {
                    go.await();
                    try {
                        fixture.core.providerRecords().list("Deal__c", ListRequest.builder(fixture.acme.ref()).build());
                        return null;
                    } catch (UseCaseException refused) {
                        return refused;
                    }
                }));
            }
            go.countDown();
            for (Future<Throwable> outcome : outcomes) {
                assertThat(outcome.get(10, TimeUnit.SECONDS))
                        .isInstanceOf(UseCaseException.ConnectionNeedsReauthorization.class);
            }
        }

        verify(events, times(1)).needsReauthorization(
                argThat(connection -> connection.ref().equals(fixture.acme.ref())
                        && connection.status() == ConnectionStatus.NEEDS_REAUTH),
                eq("refresh token revoked"));
        verifyNoMoreInteractions(events);
        assertThat(fixture.connections.find(fixture.acme.ref()).orElseThrow().status())
                .isEqualTo(ConnectionStatus.NEEDS_REAUTH);
        assertThat(fixture.webhooks.events()).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo(ConnectionEvent.Type.NEEDS_REAUTHORIZATION);
            assertThat(event.connection()).isEqualTo(fixture.acme.ref());
            assertThat(event.detail()).isEqualTo("refresh token revoked");
        });
    }

    @Test
    void writesAReconnectedEventWhenAConnectionThatNeededTheCustomerIsAuthorisedAgain() {
        fixture.needsReauthorization(fixture.acme);

        fixture.core.provisioning().connect(fixture.acme, OAuthTokens.builder(fixture.clock.instant())
                .refreshToken(Secret.of("new-grant")).build());
        fixture.core.provisioning().connect(fixture.acme, OAuthTokens.builder(fixture.clock.instant())
                .refreshToken(Secret.of("newer-grant")).build());

        assertThat(fixture.webhooks.events()).extracting(ConnectionEvent::type)
                .containsExactly(ConnectionEvent.Type.RECONNECTED);
    }

    @Test
    void writesADeletedEventWithTheDeletion() {
        fixture.core.connections().delete(fixture.globex.ref());

        assertThat(fixture.webhooks.events()).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo(ConnectionEvent.Type.DELETED);
            assertThat(event.connection()).isEqualTo(fixture.globex.ref());
        });
    }
}
