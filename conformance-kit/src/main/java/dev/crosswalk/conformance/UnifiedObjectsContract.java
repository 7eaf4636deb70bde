package dev.crosswalk.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswalk.core.domain.UnifiedObject;
import dev.crosswalk.core.domain.UnifiedRecord;
import dev.crosswalk.core.port.in.CursorPage;
import dev.crosswalk.core.port.in.ListRequest;
import dev.crosswalk.core.port.out.crm.MappingDocument;
import dev.crosswalk.core.toolkit.mapping.UnifiedMapping;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The unified contacts, accounts and opportunities, as core builds them from the connector's mapping files and its
 * record port, through the same use case the HTTP API calls: each mapping file reads the object the fixture names and
 * fits the emulator's schema, and each unified object lists to its end through core's cursors with exactly the
 * emulator's records. One fixture serves the whole class.
 *
 * @since 0.1
 */
public abstract class UnifiedObjectsContract extends ConnectorContract {

    /** For a connector's subclass, which supplies only {@link #startFixture()}. */
    protected UnifiedObjectsContract() {
        super(false);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(UnifiedObject.class)
    void mapsEachUnifiedObjectFromTheObjectTheFixtureNames(UnifiedObject unified) {
        assertThat(mapping(unified).providerObject()).isEqualToIgnoringCase(fixture().objectOf(unified));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(UnifiedObject.class)
    void mappingFilesFitTheEmulatorsSchema(UnifiedObject unified) {
        List<String> problems = mapping(unified).validate(
                object -> context().connector().schema().describe(context().connection(), object));

        assertThat(problems).as("problems of the %s mapping against the emulator's schema", unified.singular())
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(UnifiedObject.class)
    void servesEachUnifiedObjectToItsEndThroughCore(UnifiedObject unified) {
        Set<String> expected = fixture().ids(fixture().objectOf(unified));
        int pageSize = Math.max(1, expected.size() / 4);

        List<String> ids = new ArrayList<>();
        Optional<String> cursor = Optional.empty();
        for (int pages = 1; ; pages++) {
            ListRequest.Builder request = ListRequest.builder(CONNECTION).pageSize(pageSize);
            cursor.ifPresent(request::cursor);
            CursorPage<UnifiedRecord> page = context().host().unifiedRecords().list(unified, request.build());
            page.items().forEach(record -> ids.add(record.id()));
            cursor = page.nextCursor();
            if (cursor.isEmpty()) {
                break;
            }
            assertThat(pages).as("pages of %s without an end", unified.plural()).isLessThan(MOST_PAGES);
        }

        assertThat(ids).as("unified %s ids", unified.plural()).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    private UnifiedMapping mapping(UnifiedObject unified) {
        MappingDocument file = context().connector().mappings().stream()
                .filter(document -> document.object() == unified)
                .findFirst()
                .orElseThrow(() -> new AssertionError("the connector ships no mapping file for " + unified.plural()));
        return UnifiedMapping.compile(file);
    }
}
