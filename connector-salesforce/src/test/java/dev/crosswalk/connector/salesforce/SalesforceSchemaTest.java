package dev.crosswalk.connector.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswalk.core.domain.FieldSchema;
import dev.crosswalk.core.domain.FieldType;
import dev.crosswalk.core.domain.ObjectSchema;
import dev.crosswalk.core.domain.ObjectSummary;
import dev.crosswalk.core.port.out.crm.SchemaPort;
import dev.crosswalk.emulator.support.MutableClock;
import dev.crosswalk.emulator.support.RecordedRequest;
import dev.crosswalk.testkit.junit.SalesforceEmulatorExtension;
import dev.crosswalk.testkit.salesforce.SalesforceEmulator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Schema discovery against the emulator: describe global, Describe translation, and the revalidating cache. */
class SalesforceSchemaTest {

    @RegisterExtension
    final SalesforceEmulatorExtension salesforce = SalesforceEmulatorExtension.builder()
            .seed(3).accounts(2).contacts(5).build();

    private final MutableClock clock = new MutableClock(Instant.now());
    private SalesforceEmulator emulator;
    private EmulatorConnection connection;
    private SchemaPort schema;

    @BeforeEach
    void connect() {
        emulator = salesforce.emulator();
        connection = EmulatorConnection.to(emulator, Map.of("describe_cache_ttl", "PT15M"), clock);
        schema = connection.connector.schema();
    }

    @AfterEach
    void close() {
        connection.close();
    }

    @Test
    void listsTheOrgsObjectsWithTheirLabelsAndCustomFlags() {
        List<ObjectSummary> objects = schema.objects(connection.connection);

        assertThat(objects).extracting(ObjectSummary::name)
                .contains("Account", "Contact", "Opportunity", "Lead", "Deal_Registration__c");
        assertThat(objects).filteredOn(object -> object.name().equals("Deal_Registration__c")).singleElement()
                .satisfies(deal -> {
                    assertThat(deal.custom()).isTrue();
                    assertThat(deal.label()).isEqualTo("Deal Registration");
                });
    }

    @Test
    void describesAnObjectInAnyLetterCaseWithTypesFlagsPicklistsAndReferences() {
        ObjectSchema contact = schema.describe(connection.connection, "contact").orElseThrow();

        assertThat(contact.name()).isEqualTo("Contact");
        assertThat(contact.custom()).isFalse();
        assertThat(field(contact, "Id").type()).isEqualTo(FieldType.ID);
        assertThat(field(contact, "Email").type()).isEqualTo(FieldType.EMAIL);
        assertThat(field(contact, "CreatedDate").type()).isEqualTo(FieldType.DATETIME);
        assertThat(field(contact, "LTV_Score__c")).satisfies(score -> {
            assertThat(score.type()).isEqualTo(FieldType.DOUBLE);
            assertThat(score.custom()).isTrue();
            assertThat(score.filterable()).isTrue();
        });
        assertThat(field(contact, "LastName").nillable()).isFalse();
        assertThat(field(contact, "Preferred_Channel__c").picklistValues()).containsExactly("Email", "Phone", "SMS",
                "Mail");
        assertThat(field(contact, "AccountId")).satisfies(account -> {
            assertThat(account.type()).isEqualTo(FieldType.REFERENCE);
            assertThat(account.relationshipName()).contains("Account");
            assertThat(account.referenceTo()).containsExactly("Account");
        });
        assertThat(contact.relationship("account")).map(FieldSchema::name).contains("AccountId");
        ObjectSchema deal = schema.describe(connection.connection, "Deal_Registration__c").orElseThrow();
        assertThat(deal.custom()).isTrue();
        assertThat(field(deal, "Regions__c").type()).isEqualTo(FieldType.MULTIPICKLIST);
        assertThat(field(deal, "Regions__c").sortable()).isFalse();
        assertThat(field(deal, "Account__c").relationshipName()).contains("Account__r");
    }

    @Test
    void answersAnObjectTheOrgLacksAsAbsentAndAHostileNameWithoutACall() {
        assertThat(schema.describe(connection.connection, "Invoice__c")).isEmpty();
        emulator.requestLog().clear();

        assertThat(schema.describe(connection.connection, "Contact/../../limits")).isEmpty();
        assertThat(emulator.requestLog().size()).isZero();
    }

    @Test
    void servesManyConcurrentCallersOfOneObjectWithOneDescribeRequest() throws Exception {
        int callers = 16;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Optional<ObjectSchema>>> answers = new ArrayList<>();
        schema.objects(connection.connection);
        emulator.requestLog().clear();
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            for (int i = 0; i < callers; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return schema.describe(connection.connection, "Account");
                }));
            }
            start.countDown();
            for (Future<Optional<ObjectSchema>> answer : answers) {
                assertThat(answer.get()).isPresent();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(describeRequests("Account")).hasSize(1);
    }

    @Test
    void revalidatesAnExpiredDescribeWithIfModifiedSinceAndKeepsItOnNotModified() {
        ObjectSchema first = schema.describe(connection.connection, "Contact").orElseThrow();
        clock.advance(Duration.ofMinutes(10));
        assertThat(schema.describe(connection.connection, "Contact")).containsSame(first);
        assertThat(describeRequests("Contact")).hasSize(1);

        clock.advance(Duration.ofMinutes(10));
        ObjectSchema revalidated = schema.describe(connection.connection, "Contact").orElseThrow();
        clock.advance(Duration.ofMinutes(10));
        ObjectSchema stillCached = schema.describe(connection.connection, "Contact").orElseThrow();

        assertThat(revalidated).isSameAs(first);
        assertThat(stillCached).isSameAs(first);
        assertThat(describeRequests("Contact")).extracting(RecordedRequest::status).containsExactly(200, 304);
    }

    @Test
    void revalidatesTheObjectListTheSameWay() {
        List<ObjectSummary> first = schema.objects(connection.connection);
        clock.advance(Duration.ofMinutes(16));

        assertThat(schema.objects(connection.connection)).isSameAs(first);
        assertThat(emulator.requestLog().requests()).filteredOn(request -> request.path().endsWith("/sobjects"))
                .extracting(RecordedRequest::status).containsExactly(200, 304);
    }

    @Test
    void keepsOnlyTheConfiguredNumberOfDescribesDroppingTheLeastRecentlyUsed() {
        try (EmulatorConnection small = EmulatorConnection.to(emulator, Map.of("describe_cache_entries", "2"))) {
            SchemaPort bounded = small.connector.schema();
            bounded.describe(small.connection, "Contact");
            bounded.describe(small.connection, "Account");
            bounded.describe(small.connection, "Contact");
            bounded.describe(small.connection, "Opportunity");

            bounded.describe(small.connection, "Contact");
            assertThat(describeRequests("Contact")).hasSize(1);
            bounded.describe(small.connection, "Account");
            assertThat(describeRequests("Account")).hasSize(2);
        }
    }

    private List<RecordedRequest> describeRequests(String object) {
        Predicate<RecordedRequest> describe = request -> request.path().endsWith("/sobjects/" + object + "/describe");
        return emulator.requestLog().requests().stream().filter(describe).toList();
    }

    private static FieldSchema field(ObjectSchema object, String name) {
        return object.field(name).orElseThrow();
    }
}
