package dev.crosswalk.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.crosswalk.conformance.ConnectorFixture.FilterCase;
import dev.crosswalk.conformance.ConnectorFixture.KnownRecord;
import dev.crosswalk.conformance.ConnectorFixture.RecordRef;
import dev.crosswalk.core.domain.FieldFilter;
import dev.crosswalk.core.domain.FieldFilter.Operator;
import dev.crosswalk.core.domain.PageToken;
import dev.crosswalk.core.domain.ProviderRecord;
import dev.crosswalk.core.domain.RecordLookup;
import dev.crosswalk.core.domain.RecordPage;
import dev.crosswalk.core.domain.RecordQuery;
import dev.crosswalk.core.domain.UnifiedObject;
import dev.crosswalk.core.port.out.crm.CrmFailure;
import dev.crosswalk.core.port.out.crm.RecordPort;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The record port's contract ({@link RecordPort}) against the emulator: every listing reaches its end with no record
 * lost or repeated and exactly the emulator's records; a read by id gives what the listing gives; every filter
 * operator the connector declares returns exactly the matching records; deleted records appear only when asked for
 * (where the connector declares it can); page tokens it did not issue and objects the provider lacks are refused with
 * the failures the port names. One fixture serves the whole class; the tests only read.
 *
 * @since 0.1
 */
public abstract class RecordPortContract extends ConnectorContract {

    /** An object name no provider has. */
    static final String MISSING_OBJECT = "ConformanceMissingObject";

    /** How many records a test reads one by one. */
    private static final int READ_ONE_BY_ONE = 5;

    /** For a connector's subclass, which supplies only {@link #startFixture()}. */
    protected RecordPortContract() {
        super(false);
    }

    private RecordPort records() {
        return context().connector().records();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(UnifiedObject.class)
    void listsEveryRecordToTheEndInSmallPagesWithoutLossOrDuplicates(UnifiedObject unified) {
        String object = fixture().objectOf(unified);
        Set<String> expected = fixture().ids(object);
        assertThat(expected).as("the fixture's %s records", object).hasSizeGreaterThan(1);

        assertListsExactly(RecordQuery.builder(object).pageSize(Math.max(1, expected.size() / 4)).build(), expected);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(UnifiedObject.class)
    void listsEveryRecordToTheEndInTheLargestPagesWithoutLossOrDuplicates(UnifiedObject unified) {
        String object = fixture().objectOf(unified);

        assertListsExactly(RecordQuery.builder(object).pageSize(RecordQuery.MAX_PAGE_SIZE).build(),
                fixture().ids(object));
    }

    @Test
    void listsExactlyTheRecordsNamedByTheirIds() {
        RecordRef known = fixture().knownRecord().record();
        Set<String> wanted = fixture().ids(known.object()).stream().sorted()
                .limit(Math.min(3, records().capabilities().maxIds())).collect(Collectors.toSet());

        assertListsExactly(RecordQuery.builder(known.object()).ids(List.copyOf(wanted)).build(), wanted);
    }

    @Test
    void readsTheKnownRecordWithTheEmulatorsValues() {
        KnownRecord known = fixture().knownRecord();
        List<String> fields = List.copyOf(known.fields().keySet());

        Optional<ProviderRecord> selected = records().get(context().connection(),
                RecordLookup.of(known.record().object(), known.record().id()).withFields(fields));
        Optional<ProviderRecord> everyField = records().get(context().connection(),
                RecordLookup.of(known.record().object(), known.record().id()));

        assertThat(selected).as("the known record %s", known.record()).isPresent();
        assertThat(everyField).as("the known record %s with every field", known.record()).isPresent();
        for (ProviderRecord read : List.of(selected.get(), everyField.get())) {
            assertThat(read.id()).isEqualTo(known.record().id());
            assertThat(read.deleted()).isFalse();
            known.fields().forEach((field, value) -> assertThat(read.fields())
                    .as("field %s of %s", field, known.record()).containsKey(field)
                    .hasEntrySatisfying(field, actual -> assertThat(Values.same(value, actual))
                            .as("%s of %s is %s, the emulator holds %s", field, known.record(), actual, value)
                            .isTrue()));
        }
    }

    @Test
    void readsEachRecordByIdWithTheValuesItsListingGives() {
        KnownRecord known = fixture().knownRecord();
        String object = known.record().object();
        List<String> fields = List.copyOf(known.fields().keySet());
        RecordPage page = records().list(context().connection(),
                RecordQuery.builder(object).fields(fields).pageSize(READ_ONE_BY_ONE).build());
        assertThat(page.records()).as("the first page of %s", object).isNotEmpty();

        for (ProviderRecord listed : page.records().subList(0, Math.min(READ_ONE_BY_ONE, page.records().size()))) {
            Optional<ProviderRecord> read = records().get(context().connection(),
                    RecordLookup.of(object, listed.id()).withFields(fields));

            assertThat(read).as("%s %s, which the listing gave", object, listed.id()).isPresent();
            assertThat(read.get().id()).isEqualTo(listed.id());
            assertThat(Values.comparable(read.get().fields())).as("%s %s read by id", object, listed.id())
                    .isEqualTo(Values.comparable(listed.fields()));
        }
    }

    @Test
    void readsNothingForAnIdTheProviderDoesNotHave() {
        String object = fixture().knownRecord().record().object();
        String absent = fixture().absentId(object);

        assertThat(records().get(context().connection(), RecordLookup.of(object, absent))).isEmpty();
        assertThat(records().list(context().connection(), RecordQuery.builder(object).ids(List.of(absent)).build())
                .records()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Operator.class)
    void filtersWithEachDeclaredOperatorToExactlyTheMatchingRecords(Operator operator) {
        assumeTrue(records().capabilities().operators().contains(operator),
                () -> "the connector does not declare " + operator);
        boolean ordering = switch (operator) {
            case GREATER_THAN, GREATER_OR_EQUAL, LESS_THAN, LESS_OR_EQUAL -> true;
            default -> false;
        };
        FilterCase filter = ordering ? fixture().numberFilter() : fixture().textFilter();
        List<Object> operands = operands(operator, filter);
        Predicate<Object> matches = matcher(operator, operands);
        Set<String> expected = filter.valuesById().entrySet().stream()
                .filter(entry -> matches.test(entry.getValue()))
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        assertThat(expected).as("records the fixture's %s filter on %s.%s matches", operator, filter.object(),
                filter.field()).isNotEmpty();

        assertListsExactly(RecordQuery.builder(filter.object()).fields(List.of(filter.field()))
                .filter(FieldFilter.of(filter.field(), operator, operands))
                .pageSize(RecordQuery.MAX_PAGE_SIZE).build(), expected);
    }

    @Test
    void leavesDeletedRecordsOutUnlessAskedFor() {
        RecordRef deleted = fixture().deletedRecord();
        assertThat(fixture().ids(deleted.object())).as("the fixture's live %s ids", deleted.object())
                .doesNotContain(deleted.id());

        List<ProviderRecord> listed = listToTheEnd(context(),
                RecordQuery.builder(deleted.object()).pageSize(RecordQuery.MAX_PAGE_SIZE).build());

        assertThat(listed).extracting(ProviderRecord::id).doesNotContain(deleted.id());
        assertThat(records().get(context().connection(), RecordLookup.of(deleted.object(), deleted.id()))).isEmpty();
    }

    @Test
    void listsAndReadsADeletedRecordMarkedDeletedWhenAskedFor() {
        assumeTrue(records().capabilities().includeDeleted(), "the connector does not declare deleted records");
        RecordRef deleted = fixture().deletedRecord();

        List<ProviderRecord> listed = listToTheEnd(context(), RecordQuery.builder(deleted.object())
                .includeDeleted(true).pageSize(RecordQuery.MAX_PAGE_SIZE).build());
        Optional<ProviderRecord> read = records().get(context().connection(),
                RecordLookup.of(deleted.object(), deleted.id()).withDeleted(true));

        assertThat(listed).extracting(ProviderRecord::id).doesNotHaveDuplicates()
                .contains(deleted.id()).containsAll(fixture().ids(deleted.object()));
        assertThat(listed).filteredOn(record -> record.id().equals(deleted.id()))
                .singleElement().extracting(ProviderRecord::deleted).isEqualTo(true);
        assertThat(read).as("%s read with deleted records", deleted).isPresent();
        assertThat(read.get().deleted()).isTrue();
    }

    @Test
    void refusesAPageTokenItDidNotIssue() {
        String object = fixture().objectOf(UnifiedObject.CONTACT);

        assertThatThrownBy(() -> records().list(context().connection(), RecordQuery.builder(object)
                .pageToken(PageToken.of("forged-by-the-conformance-kit")).build()))
                .isInstanceOf(CrmFailure.InvalidPageToken.class);
    }

    @Test
    void refusesAPageTokenThatWasTamperedWith() {
        String object = fixture().objectOf(UnifiedObject.CONTACT);
        RecordPage first = records().list(context().connection(), RecordQuery.builder(object).pageSize(1).build());
        assertThat(first.next()).as("a next page of %s (the fixture needs more %s records than the provider's"
                + " smallest page)", object, object).isPresent();
        PageToken tampered = PageToken.of(first.next().get().value() + "~tampered");

        assertThatThrownBy(() -> records().list(context().connection(),
                RecordQuery.builder(object).pageSize(1).pageToken(tampered).build()))
                .isInstanceOf(CrmFailure.InvalidPageToken.class);
    }

    @Test
    void reportsAnObjectTheProviderDoesNotHaveAsNotFound() {
        assertThatThrownBy(() -> records().list(context().connection(), RecordQuery.builder(MISSING_OBJECT).build()))
                .isInstanceOf(CrmFailure.NotFound.class);
        assertThatThrownBy(() -> records().get(context().connection(), RecordLookup.of(MISSING_OBJECT, "1")))
                .isInstanceOf(CrmFailure.NotFound.class);
    }

    private void assertListsExactly(RecordQuery query, Set<String> expected) {
        List<ProviderRecord> listed = listToTheEnd(context(), query);
        List<String> ids = listed.stream().map(ProviderRecord::id).toList();

        assertThat(ids).as("ids listed by %s", query).doesNotHaveDuplicates();
        assertThat(new HashSet<>(ids)).as("ids listed by %s, against the emulator's", query)
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(listed).as("records listed by %s", query).allSatisfy(record -> {
            assertThat(record.object()).isEqualToIgnoringCase(query.object());
            assertThat(record.deleted()).isFalse();
        });
    }

    /** The values a filter compares with: the fixture's value, and for a set also another value records hold. */
    private static List<Object> operands(Operator operator, FilterCase filter) {
        if (operator != Operator.IN && operator != Operator.NOT_IN) {
            return List.of(filter.value());
        }
        Object other = filter.valuesById().values().stream()
                .filter(value -> !Values.folded(value).equals(Values.folded(filter.value())))
                .min((left, right) -> Values.folded(left).compareTo(Values.folded(right)))
                .orElseThrow(() -> new AssertionError("every " + filter.object() + " has " + filter.field() + " "
                        + filter.value() + "; the fixture's filter needs records with other values"));
        return List.of(filter.value(), other);
    }

    /** Whether a record's value matches the filter: text ignoring letter case, numbers by value. */
    private static Predicate<Object> matcher(Operator operator, List<Object> operands) {
        Set<String> texts = operands.stream().map(Values::folded).collect(Collectors.toSet());
        String text = Values.folded(operands.get(0));
        return switch (operator) {
            case EQUALS -> value -> Values.folded(value).equals(text);
            case NOT_EQUALS -> value -> !Values.folded(value).equals(text);
            case IN -> value -> texts.contains(Values.folded(value));
            case NOT_IN -> value -> !texts.contains(Values.folded(value));
            case CONTAINS -> value -> Values.folded(value).contains(text);
            case GREATER_THAN -> value -> compared(value, operands.get(0)) > 0;
            case GREATER_OR_EQUAL -> value -> compared(value, operands.get(0)) >= 0;
            case LESS_THAN -> value -> compared(value, operands.get(0)) < 0;
            case LESS_OR_EQUAL -> value -> compared(value, operands.get(0)) <= 0;
        };
    }

    private static int compared(Object value, Object threshold) {
        return Values.number(value).orElseThrow(() -> new AssertionError(value + " is not a number"))
                .compareTo(Values.number(threshold).orElseThrow(() -> new AssertionError(threshold
                        + " is not a number")));
    }
}
