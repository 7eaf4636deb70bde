package dev.crosswalk.connector.salesforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosswalk.core.domain.FieldFilter;
import dev.crosswalk.core.domain.FieldFilter.Operator;
import dev.crosswalk.core.domain.PageToken;
import dev.crosswalk.core.domain.ProviderRecord;
import dev.crosswalk.core.domain.RecordLookup;
import dev.crosswalk.core.domain.RecordPage;
import dev.crosswalk.core.domain.RecordQuery;
import dev.crosswalk.core.domain.SortOrder;
import dev.crosswalk.core.domain.Watermark;
import dev.crosswalk.core.port.out.crm.CrmFailure;
import dev.crosswalk.core.port.out.crm.RecordPort;
import dev.crosswalk.testkit.junit.SalesforceEmulatorExtension;
import dev.crosswalk.testkit.salesforce.SalesforceEmulator;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The record port against the emulator over real HTTP: paging, fields, filters, order, watermark, search, errors. */
class SalesforceRecordsTest {

    private static final int CONTACTS = 450;
    private static final int DEALS = 30;

    @RegisterExtension
    static final SalesforceEmulatorExtension SALESFORCE = SalesforceEmulatorExtension.builder()
            .seed(7).accounts(20).contacts(CONTACTS).dealRegistrations(DEALS).build();

    private static EmulatorConnection salesforce;
    private static List<ProviderRecord> allContacts;
    private SalesforceEmulator emulator;
    private RecordPort records;

    @BeforeAll
    static void connect() {
        salesforce = EmulatorConnection.to(SALESFORCE.emulator());
        allContacts = listToTheEnd(salesforce.connector.records(),
                RecordQuery.builder("Contact").fields(List.of("Email", "LastName", "MobilePhone", "LTV_Score__c",
                        "CreatedDate", "Account.Name")).pageSize(2000).build());
    }

    @AfterAll
    static void close() {
        salesforce.close();
    }

    @BeforeEach
    void clearTheLog() {
        emulator = SALESFORCE.emulator();
        records = salesforce.connector.records();
        emulator.requestLog().clear();
    }

    @Test
    void listsEveryContactToTheEndWithoutLossOrDuplicates() {
        List<ProviderRecord> listed = listToTheEnd(records, RecordQuery.builder("Contact").pageSize(200).build());

        assertThat(listed).hasSize(CONTACTS);
        assertThat(listed.stream().map(ProviderRecord::id).distinct()).hasSize(CONTACTS);
        assertThat(listed).extracting(ProviderRecord::id).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
        assertThat(emulator.requestLog().countPathContaining("/query/")).isEqualTo(2);
    }

    @Test
    void roundsASmallPageSizeUpToSalesforcesMinimumBatchOf200() {
        RecordPage page = records.list(salesforce.connection, RecordQuery.builder("Contact").pageSize(10).build());

        assertThat(page.records()).hasSize(200);
        assertThat(page.next()).isPresent();
    }

    @Test
    void readsEveryDescribedFieldWhenNoneAreNamedWithoutSalesforcesAttributes() {
        ProviderRecord contact = records.list(salesforce.connection, RecordQuery.builder("Contact").build())
                .records().get(0);

        assertThat(contact.object()).isEqualTo("Contact");
        assertThat(contact.id()).startsWith("003");
        assertThat(contact.deleted()).isFalse();
        assertThat(contact.fields()).containsKeys("Id", "FirstName", "LastName", "Email", "AccountId", "CreatedDate",
                "LTV_Score__c", "Internal_ID__c", "Preferred_Channel__c").doesNotContainKey("attributes");
        assertThat(contact.fields().get("LTV_Score__c")).isInstanceOf(BigDecimal.class);
        assertThat(contact.fields().get("IsDeleted")).isEqualTo(false);
    }

    @Test
    void readsOnlyTheFieldsAskedForAndAlwaysTheIdInTheSchemasSpelling() {
        ProviderRecord contact = records.list(salesforce.connection,
                RecordQuery.builder("contact").fields(List.of("email", "LASTNAME")).build()).records().get(0);

        assertThat(contact.fields()).containsOnlyKeys("Id", "Email", "LastName");
        assertThat(contact.object()).isEqualTo("Contact");
    }

    @Test
    void keepsARelationshipPathAsANestedRecordAndFiltersOnIt() {
        String accountName = accountName(allContacts.get(0));

        List<ProviderRecord> listed = listToTheEnd(records, RecordQuery.builder("Contact")
                .fields(List.of("LastName", "Account.Name"))
                .filter(FieldFilter.equalTo("Account.Name", accountName)).build());

        assertThat(listed).isNotEmpty().allSatisfy(contact -> {
            assertThat(contact.fields().get("Account")).isInstanceOf(Map.class);
            assertThat(accountName(contact)).isEqualTo(accountName);
            assertThat(List.copyOf(((Map<?, ?>) contact.fields().get("Account")).keySet())).isEqualTo(List.of("Name"));
        });
        assertThat(listed).hasSize((int) allContacts.stream().filter(c -> accountName.equals(accountName(c))).count());
    }

    static Stream<Arguments> filters() {
        ProviderRecord sample = allContacts.get(17);
        ProviderRecord other = allContacts.get(42);
        String email = text(sample, "Email");
        BigDecimal score = (BigDecimal) sample.fields().get("LTV_Score__c");
        String created = text(allContacts.get(CONTACTS / 2), "CreatedDate");
        return Stream.of(
                Arguments.of(FieldFilter.equalTo("Email", email), matching(c -> email.equalsIgnoreCase(text(c, "Email")))),
                Arguments.of(FieldFilter.of("Email", Operator.NOT_EQUALS, List.of(email)),
                        matching(c -> !email.equalsIgnoreCase(text(c, "Email")))),
                Arguments.of(FieldFilter.in("LastName", List.of(text(sample, "LastName"), text(other, "LastName"))),
                        matching(c -> text(c, "LastName").equalsIgnoreCase(text(sample, "LastName"))
                                || text(c, "LastName").equalsIgnoreCase(text(other, "LastName")))),
                Arguments.of(FieldFilter.of("LastName", Operator.NOT_IN, List.of(text(sample, "LastName"))),
                        matching(c -> !text(c, "LastName").equalsIgnoreCase(text(sample, "LastName")))),
                Arguments.of(FieldFilter.of("LTV_Score__c", Operator.GREATER_THAN, List.of(score)),
                        matching(c -> score(c).compareTo(score) > 0)),
                Arguments.of(FieldFilter.of("LTV_Score__c", Operator.GREATER_OR_EQUAL, List.of(score.toPlainString())),
                        matching(c -> score(c).compareTo(score) >= 0)),
                Arguments.of(FieldFilter.of("LTV_Score__c", Operator.LESS_THAN, List.of(score)),
                        matching(c -> score(c).compareTo(score) < 0)),
                Arguments.of(FieldFilter.of("LTV_Score__c", Operator.LESS_OR_EQUAL, List.of(score)),
                        matching(c -> score(c).compareTo(score) <= 0)),
                Arguments.of(FieldFilter.of("LastName", Operator.CONTAINS, List.of("ar")),
                        matching(c -> text(c, "LastName").toLowerCase().contains("ar"))),
                Arguments.of(FieldFilter.equalTo("MobilePhone", null), matching(c -> text(c, "MobilePhone") == null)),
                Arguments.of(FieldFilter.of("MobilePhone", Operator.NOT_EQUALS, java.util.Arrays.asList((Object) null)),
                        matching(c -> text(c, "MobilePhone") != null)),
                Arguments.of(FieldFilter.of("CreatedDate", Operator.GREATER_THAN,
                                List.of(ProviderRecords.instant(created).orElseThrow().toString())),
                        matching(c -> instant(c, "CreatedDate").isAfter(ProviderRecords.instant(created).orElseThrow()))),
                Arguments.of(FieldFilter.equalTo("IsDeleted", false), matching(c -> true)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("filters")
    void answersEachFilterWithExactlyTheMatchingRecords(FieldFilter filter, Set<String> expected) {
        List<ProviderRecord> listed = listToTheEnd(records,
                RecordQuery.builder("Contact").fields(List.of("Id")).filter(filter).pageSize(2000).build());

        assertThat(listed).extracting(ProviderRecord::id).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void findsRecordsByIdWithIdIn() {
        List<String> ids = List.of(allContacts.get(3).id(), allContacts.get(30).id(), allContacts.get(300).id());

        RecordPage page = records.list(salesforce.connection, RecordQuery.builder("Contact").ids(ids).build());

        assertThat(page.records()).extracting(ProviderRecord::id).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(EmulatorRest.statementsSent(emulator)).singleElement().asString().contains("Id IN ('");
    }

    @Test
    void boundsCreationAndModificationTimesStrictly() {
        Instant middle = instant(allContacts.get(CONTACTS / 2), "CreatedDate");

        List<ProviderRecord> createdAfter = listToTheEnd(records, RecordQuery.builder("Contact")
                .fields(List.of("CreatedDate")).createdAfter(middle).pageSize(2000).build());
        List<ProviderRecord> updatedBefore = listToTheEnd(records, RecordQuery.builder("Contact")
                .fields(List.of("LastModifiedDate")).updatedBefore(middle).pageSize(2000).build());

        assertThat(createdAfter).isNotEmpty().allSatisfy(c -> assertThat(instant(c, "CreatedDate")).isAfter(middle));
        assertThat(createdAfter).hasSize((int) allContacts.stream()
                .filter(c -> instant(c, "CreatedDate").isAfter(middle)).count());
        assertThat(updatedBefore).allSatisfy(c -> assertThat(instant(c, "LastModifiedDate")).isBefore(middle));
        assertThat(EmulatorRest.statementsSent(emulator)).anySatisfy(soql -> assertThat(soql).contains("CreatedDate > "))
                .anySatisfy(soql -> assertThat(soql).contains("LastModifiedDate < "));
    }

    @Test
    void ordersByTheSortKeysThenById() {
        List<ProviderRecord> listed = listToTheEnd(records, RecordQuery.builder("Contact")
                .fields(List.of("LastName")).orderBy(SortOrder.descending("LastName")).pageSize(2000).build());

        assertThat(listed).hasSize(CONTACTS);
        assertThat(listed).extracting(c -> text(c, "LastName"))
                .isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER.reversed());
        assertThat(EmulatorRest.statementsSent(emulator)).singleElement().asString()
                .endsWith("ORDER BY LastName DESC, Id");
    }

    @Test
    void listsAfterAWatermarkInModificationOrderAndCarriesThePositionOfEachPagesLastRecord() {
        RecordQuery first = RecordQuery.builder("Contact").fields(List.of("LastName"))
                .modifiedSince(Watermark.after(Instant.EPOCH, "")).pageSize(200).build();
        List<ProviderRecord> listed = new ArrayList<>();
        RecordPage page = records.list(salesforce.connection, first);
        Watermark last = null;
        while (true) {
            listed.addAll(page.records());
            assertThat(page.watermark()).isPresent();
            ProviderRecord end = page.records().get(page.records().size() - 1);
            assertThat(page.watermark().get().lastId()).isEqualTo(end.id());
            assertThat(end.fields()).doesNotContainKey("SystemModstamp");
            last = page.watermark().get();
            if (page.next().isEmpty()) {
                break;
            }
            page = records.list(salesforce.connection, first.toBuilder().pageToken(page.next().get()).build());
        }

        assertThat(listed).extracting(ProviderRecord::id).doesNotHaveDuplicates().hasSize(CONTACTS);
        RecordPage after = records.list(salesforce.connection, first.toBuilder().modifiedSince(last).build());
        assertThat(after.records()).isEmpty();
        assertThat(after.watermark()).contains(last);
        assertThat(EmulatorRest.statementsSent(emulator)).last().asString()
                .contains("(SystemModstamp > " + SoqlLiterals.dateTime(last.modifiedAt()) + " OR (SystemModstamp = ")
                .contains("AND Id > '" + last.lastId() + "'))")
                .endsWith("ORDER BY SystemModstamp, Id");
    }

    @Test
    void getsOneRecordByIdAndNothingForAnIdTheOrgDoesNotHave() {
        ProviderRecord wanted = allContacts.get(5);

        assertThat(records.get(salesforce.connection, RecordLookup.of("Contact", wanted.id())
                .withFields(List.of("Email")))).hasValueSatisfying(found -> {
                    assertThat(found.id()).isEqualTo(wanted.id());
                    assertThat(found.fields()).containsOnlyKeys("Id", "Email");
                });
        assertThat(records.get(salesforce.connection, RecordLookup.of("Contact", "003000000000000AAA"))).isEmpty();
    }

    @Test
    void refusesToGetAnIdThatIsNotASalesforceIdWithoutCallingSalesforce() {
        assertThatThrownBy(() -> records.get(salesforce.connection, RecordLookup.of("Contact", "x' OR Name != '")))
                .isInstanceOf(CrmFailure.InvalidInput.class)
                .hasMessageContaining("not a Salesforce record id");
        assertThat(EmulatorRest.statementsSent(emulator)).isEmpty();
    }

    @Test
    void searchesWithSoslAndPagesByOffsetWithoutLossOrDuplicates() {
        RecordQuery search = RecordQuery.builder("Contact").fields(List.of("LastName")).searchTerm("a").pageSize(50)
                .build();
        List<ProviderRecord> whole = records.list(salesforce.connection, search.toBuilder().pageSize(2000).build())
                .records();

        List<ProviderRecord> paged = listToTheEnd(records, search);

        assertThat(whole).isNotEmpty();
        assertThat(paged).extracting(ProviderRecord::id).doesNotHaveDuplicates()
                .containsExactlyElementsOf(whole.stream().map(ProviderRecord::id).toList());
        assertThat(EmulatorRest.statementsSent(emulator)).contains(
                "FIND {a} IN ALL FIELDS RETURNING Contact(Id, LastName ORDER BY Id LIMIT 51)",
                "FIND {a} IN ALL FIELDS RETURNING Contact(Id, LastName ORDER BY Id LIMIT 51 OFFSET 50)");
    }

    @Test
    void findsASearchedNameAndFiltersTheSearch() {
        ProviderRecord sample = allContacts.get(9);
        String lastName = text(sample, "LastName");

        List<ProviderRecord> found = listToTheEnd(records, RecordQuery.builder("Contact")
                .fields(List.of("LastName", "Email")).searchTerm(lastName)
                .filter(FieldFilter.equalTo("Email", text(sample, "Email"))).build());

        assertThat(found).extracting(ProviderRecord::id).containsExactly(sample.id());
    }

    @Test
    void saysASearchPagesOnlyThroughItsFirst2000Matches() {
        RecordQuery beyond = RecordQuery.builder("Contact").searchTerm("a").pageToken(PageToken.of("sosl:2050")).build();

        assertThatThrownBy(() -> records.list(salesforce.connection, beyond))
                .isInstanceOf(CrmFailure.InvalidInput.class)
                .hasMessageContaining("first 2000 matches").hasMessageContaining("narrow the search");
    }

    @Test
    void readsACustomObjectWithItsRelationshipAndMultiSelectPicklist() {
        List<ProviderRecord> deals = listToTheEnd(records, RecordQuery.builder("Deal_Registration__c")
                .fields(List.of("Name", "Amount__c", "Regions__c", "Account__r.Name")).build());

        assertThat(deals).hasSize(DEALS).allSatisfy(deal -> {
            assertThat(deal.object()).isEqualTo("Deal_Registration__c");
            assertThat(deal.id()).startsWith("a0X");
            assertThat(deal.fields()).containsKeys("Name", "Amount__c", "Regions__c", "Account__r");
        });
        String account = (String) ((Map<?, ?>) deals.get(0).fields().get("Account__r")).get("Name");
        List<ProviderRecord> ofAccount = listToTheEnd(records, RecordQuery.builder("deal_registration__c")
                .fields(List.of("Name")).filter(FieldFilter.equalTo("account__r.name", account)).build());
        assertThat(ofAccount).isNotEmpty().hasSizeLessThan(DEALS);
    }

    @Test
    void refusesAPageTokenItDidNotIssueWithoutCallingSalesforce() {
        for (String forged : List.of("https://evil.example/steal", "/services/data/v62.0/sobjects/User",
                "/services/data/v62.0/query/../../oauth2/token", "sosl:10")) {
            assertThatThrownBy(() -> records.list(salesforce.connection,
                    RecordQuery.builder("Contact").pageToken(PageToken.of(forged)).build()))
                    .isInstanceOf(CrmFailure.InvalidPageToken.class);
        }
        for (String forged : List.of("sosl:-1", "sosl:ten", "/services/data/v62.0/query/01gD0000002HU6KIAW-200")) {
            assertThatThrownBy(() -> records.list(salesforce.connection,
                    RecordQuery.builder("Contact").searchTerm("a").pageToken(PageToken.of(forged)).build()))
                    .isInstanceOf(CrmFailure.InvalidPageToken.class);
        }
        assertThat(emulator.requestLog().countPathContaining("/query")).isZero();
        assertThat(emulator.requestLog().countPathContaining("/search")).isZero();
    }

    @Test
    void reportsAnExpiredOrUnknownQueryLocatorAsAnInvalidPageToken() {
        String unknown = "/services/data/" + emulator.apiVersion() + "/query/01gD0000002HU6KIAW-200";

        assertThatThrownBy(() -> records.list(salesforce.connection,
                RecordQuery.builder("Contact").pageToken(PageToken.of(unknown)).build()))
                .isInstanceOf(CrmFailure.InvalidPageToken.class)
                .hasMessageContaining("start again without a cursor");
    }

    @Test
    void reportsAnObjectTheOrgDoesNotHaveAsNotFound() {
        assertThatThrownBy(() -> records.list(salesforce.connection, RecordQuery.builder("Invoice__c").build()))
                .isInstanceOf(CrmFailure.NotFound.class)
                .hasMessageContaining("Invoice__c").hasMessageContaining("acme/sf");
        assertThatThrownBy(() -> records.list(salesforce.connection, RecordQuery.builder("Contact/../User").build()))
                .isInstanceOf(CrmFailure.NotFound.class);
    }

    static Stream<Arguments> refusedQueries() {
        return Stream.of(
                Arguments.of(RecordQuery.builder("Contact").fields(List.of("Shoe_Size__c")).build(),
                        "Contact has no field 'Shoe_Size__c'"),
                Arguments.of(RecordQuery.builder("Contact").filter(FieldFilter.equalTo("Acount.Name", "x")).build(),
                        "Contact has no relationship 'Acount'"),
                Arguments.of(RecordQuery.builder("Contact").filter(FieldFilter.equalTo("Account.Shoe__c", "x")).build(),
                        "Account has no field 'Shoe__c'"),
                Arguments.of(RecordQuery.builder("Contact").filter(FieldFilter.equalTo("Name FROM User --", "x")).build(),
                        "is not a Salesforce field name"),
                Arguments.of(RecordQuery.builder("Contact").filter(FieldFilter.equalTo("LTV_Score__c", "lots")).build(),
                        "'LTV_Score__c' is a number field"),
                Arguments.of(RecordQuery.builder("Contact").filter(FieldFilter.equalTo("CreatedDate", "yesterday"))
                        .build(), "'CreatedDate' is a date-time field"),
                Arguments.of(RecordQuery.builder("Contact").filter(FieldFilter.equalTo("AccountId", "' OR Id != '"))
                        .build(), "'AccountId' holds record ids"),
                Arguments.of(RecordQuery.builder("Contact")
                        .filter(FieldFilter.of("IsDeleted", Operator.GREATER_THAN, List.of(true))).build(),
                        "'IsDeleted' is a checkbox"),
                Arguments.of(RecordQuery.builder("Contact")
                        .filter(FieldFilter.of("LTV_Score__c", Operator.CONTAINS, List.of("5"))).build(),
                        "contains works on text fields only"),
                Arguments.of(RecordQuery.builder("Contact").ids(List.of("not-an-id")).build(),
                        "'not-an-id' is not one (15 or 18 letters and digits)"),
                Arguments.of(RecordQuery.builder("Contact").orderBy(SortOrder.ascending("Nope")).build(),
                        "Contact has no field 'Nope'"),
                Arguments.of(RecordQuery.builder("Contact").modifiedSince(Watermark.after(Instant.EPOCH, "x'--"))
                        .build(), "watermark's last id"),
                Arguments.of(RecordQuery.builder("Contact").searchTerm("a").includeDeleted(true).build(),
                        "cannot include deleted records"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("refusedQueries")
    void refusesWhatSalesforceWouldNotTakeNamingItWithoutSendingAQuery(RecordQuery query, String reason) {
        assertThatThrownBy(() -> records.list(salesforce.connection, query))
                .isInstanceOf(CrmFailure.InvalidInput.class)
                .hasMessageContaining(reason)
                .hasMessageContaining("acme/sf");
        assertThat(EmulatorRest.statementsSent(emulator)).isEmpty();
    }

    @Test
    void declaresWhatItAnswers() {
        var capabilities = records.capabilities();

        assertThat(capabilities.operators()).containsExactlyInAnyOrder(Operator.values());
        assertThat(capabilities.searchTerm()).isTrue();
        assertThat(capabilities.includeDeleted()).isTrue();
        assertThat(capabilities.ordering()).isTrue();
        assertThat(capabilities.watermark()).isTrue();
        assertThat(capabilities.createdRange()).isTrue();
        assertThat(capabilities.updatedRange()).isTrue();
        assertThat(capabilities.relationshipPaths()).isTrue();
        assertThat(capabilities.maxIds()).isEqualTo(200);
    }

    static List<ProviderRecord> listToTheEnd(RecordPort port, RecordQuery query) {
        List<ProviderRecord> listed = new ArrayList<>();
        Set<PageToken> seen = new HashSet<>();
        RecordPage page = port.list(salesforce.connection, query);
        listed.addAll(page.records());
        while (page.next().isPresent()) {
            assertThat(seen.add(page.next().get())).as("a page token is never handed out twice").isTrue();
            page = port.list(salesforce.connection, query.toBuilder().pageToken(page.next().get()).build());
            listed.addAll(page.records());
        }
        return listed;
    }

    private static Set<String> matching(Predicate<ProviderRecord> condition) {
        Set<String> ids = new HashSet<>();
        allContacts.stream().filter(condition).forEach(contact -> ids.add(contact.id()));
        return ids;
    }

    private static String text(ProviderRecord record, String field) {
        return (String) record.fields().get(field);
    }

    private static BigDecimal score(ProviderRecord record) {
        return (BigDecimal) Objects.requireNonNull(record.fields().get("LTV_Score__c"));
    }

    private static Instant instant(ProviderRecord record, String field) {
        return ProviderRecords.instant(text(record, field)).orElseThrow();
    }

    private static String accountName(ProviderRecord contact) {
        Map<?, ?> account = (Map<?, ?>) contact.fields().get("Account");
        return account == null ? null : (String) account.get("Name");
    }
}
