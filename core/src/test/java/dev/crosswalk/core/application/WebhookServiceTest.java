package dev.crosswalk.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosswalk.core.domain.ConnectionEvent;
import dev.crosswalk.core.domain.TenantId;
import dev.crosswalk.core.domain.WebhookDelivery;
import dev.crosswalk.core.fakes.InMemoryCrm;
import dev.crosswalk.core.fakes.RecordingWebhookSender.Sent;
import dev.crosswalk.core.port.in.ManageWebhooksUseCase.Registered;
import dev.crosswalk.core.port.in.UseCaseException;
import dev.crosswalk.core.toolkit.webhook.WebhookSignatures;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class WebhookServiceTest {

    private static final TenantId ACME = new TenantId("acme");

    private final CoreFixture fixture = new CoreFixture(InMemoryCrm.capable());

    private Registered register() {
        return fixture.core.webhooks().register(ACME, URI.create("https://hooks.acme.example/crosswalk"));
    }

    private void event(ConnectionEvent.Type type, String detail) {
        fixture.webhooks.append(new ConnectionEvent(type, fixture.acme.ref(), "fake", fixture.clock.instant(), detail));
    }

    @Test
    void sendsEachEventSignedWithTheEndpointsSecret() {
        Registered endpoint = register();
        event(ConnectionEvent.Type.NEEDS_REAUTHORIZATION, "invalid_grant: \"expired\"");

        assertThat(fixture.core.webhookDelivery().deliverDue()).isEqualTo(1);

        Sent sent = fixture.webhookSender.sent().get(0);
        assertThat(sent.url()).isEqualTo(URI.create("https://hooks.acme.example/crosswalk"));
        assertThat(sent.text()).isEqualTo("{\"id\":\"evt_1\",\"type\":\"connection.needs_reauthorization\","
                + "\"occurred_at\":\"2026-01-01T10:00:00Z\",\"tenant_id\":\"acme\",\"connection_id\":\"crm-1\","
                + "\"connector\":\"fake\",\"detail\":\"invalid_grant: \\\"expired\\\"\"}");
        assertThat(sent.headers()).containsEntry("Crosswalk-Event-Id", "evt_1")
                .containsEntry("Crosswalk-Event-Type", "connection.needs_reauthorization");
        assertThat(WebhookSignatures.verify(endpoint.signingSecret(), sent.headers().get("Crosswalk-Timestamp"),
                sent.headers().get("Crosswalk-Signature"), sent.body(), fixture.clock.instant())).isTrue();
        assertThat(fixture.core.webhooks().deliveries(ACME, endpoint.endpoint().id(), 10)).singleElement()
                .satisfies(delivery -> assertThat(delivery.status()).isEqualTo(WebhookDelivery.Status.DELIVERED));
        assertThat(fixture.core.webhookDelivery().deliverDue()).isZero();
    }

    @Test
    void retriesAFailureWithBackOffAndHoldsTheConnectionsLaterEventsBackUntilThen() {
        Registered endpoint = register();
        fixture.webhookSender.answer(503);
        event(ConnectionEvent.Type.NEEDS_REAUTHORIZATION, "first");
        event(ConnectionEvent.Type.RECONNECTED, "second");

        fixture.core.webhookDelivery().deliverDue();
        fixture.clock.advance(Duration.ofSeconds(9));
        fixture.core.webhookDelivery().deliverDue();
        assertThat(fixture.webhookSender.sent()).hasSize(1);

        fixture.webhookSender.answer(204);
        fixture.clock.advance(Duration.ofSeconds(1));
        fixture.core.webhookDelivery().deliverDue();

        assertThat(fixture.webhookSender.sent()).extracting(sent -> sent.headers().get("Crosswalk-Event-Id"))
                .containsExactly("evt_1", "evt_1", "evt_2");
        assertThat(fixture.core.webhooks().deliveries(ACME, endpoint.endpoint().id(), 10))
                .extracting(WebhookDelivery::status).containsOnly(WebhookDelivery.Status.DELIVERED);
    }

    @Test
    void doublesTheWaitAfterEachFailureUpToAnHourAndGivesUpAfterFifteenAttempts() {
        Registered endpoint = register();
        fixture.webhookSender.beUnreachable();
        event(ConnectionEvent.Type.DELETED, "gone");

        for (int i = 0; i < 30; i++) {
            fixture.core.webhookDelivery().deliverDue();
            fixture.clock.advance(Duration.ofHours(1));
        }

        WebhookDelivery delivery = fixture.core.webhooks().deliveries(ACME, endpoint.endpoint().id(), 1).get(0);
        assertThat(delivery.status()).isEqualTo(WebhookDelivery.Status.FAILED);
        assertThat(delivery.attempts()).isEqualTo(15);
        assertThat(delivery.lastError()).hasValueSatisfying(error -> assertThat(error).contains("Connection refused"));
        WebhookService service = (WebhookService) fixture.core.webhookDelivery();
        assertThat(service.retryDelay(1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(service.retryDelay(2)).isEqualTo(Duration.ofSeconds(20));
        assertThat(service.retryDelay(10)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void aSignatureWithAnotherSecretAnAlteredBodyOrAnOldTimestampDoesNotVerify() {
        Registered endpoint = register();
        event(ConnectionEvent.Type.DELETED, "gone");
        fixture.core.webhookDelivery().deliverDue();
        Sent sent = fixture.webhookSender.sent().get(0);
        String timestamp = sent.headers().get("Crosswalk-Timestamp");
        String signature = sent.headers().get("Crosswalk-Signature");

        assertThat(WebhookSignatures.verify(register().signingSecret(), timestamp, signature, sent.body(),
                fixture.clock.instant())).isFalse();
        assertThat(WebhookSignatures.verify(endpoint.signingSecret(), timestamp, signature,
                sent.text().replace("gone", "back").getBytes(), fixture.clock.instant())).isFalse();
        assertThat(WebhookSignatures.verify(endpoint.signingSecret(), timestamp, signature, sent.body(),
                fixture.clock.instant().plus(Duration.ofMinutes(6)))).isFalse();
        assertThat(WebhookSignatures.verify(endpoint.signingSecret(), "yesterday", signature, sent.body(),
                fixture.clock.instant())).isFalse();
    }

    @Test
    void managesOnlyTheTenantsOwnEndpoints() {
        Registered endpoint = register();

        assertThat(fixture.core.webhooks().list(ACME)).containsExactly(endpoint.endpoint());
        assertThat(fixture.core.webhooks().list(new TenantId("globex"))).isEmpty();
        assertThatThrownBy(() -> fixture.core.webhooks().delete(new TenantId("globex"), endpoint.endpoint().id()))
                .isInstanceOf(UseCaseException.WebhookNotFound.class);
        assertThatThrownBy(() -> fixture.core.webhooks().register(ACME, URI.create("ftp://files.example/x")))
                .isInstanceOf(UseCaseException.InvalidRequest.class);
        fixture.core.webhooks().delete(ACME, endpoint.endpoint().id());
        assertThat(fixture.core.webhooks().list(ACME)).isEmpty();
    }
}
