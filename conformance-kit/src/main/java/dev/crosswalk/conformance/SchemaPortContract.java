package dev.crosswalk.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswalk.conformance.ConnectorFixture.FilterCase;
import dev.crosswalk.conformance.ConnectorFixture.KnownField;
import dev.crosswalk.conformance.ConnectorFixture.KnownRecord;
import dev.crosswalk.core.domain.FieldSchema;
import dev.crosswalk.core.domain.ObjectSchema;
import dev.crosswalk.core.domain.ObjectSummary;
import dev.crosswalk.core.domain.UnifiedObject;
import dev.crosswalk.core.port.out.crm.SchemaPort;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The schema port's contract ({@link SchemaPort}) against the emulator: the account's objects include the three that
 * hold the unified objects; each is described with typed fields, in any letter case; a custom field is marked custom,
 * filter fields filterable; an object the provider lacks is empty, not a failure. One fixture serves the whole class.
 *
 * @since 0.1
 */
public abstract class SchemaPortContract extends ConnectorContract {

    /** For a connector's subclass, which supplies only {@link #startFixture()}. */
    protected SchemaPortContract() {
        super(false);
    }

    private SchemaPort schema() {
        return context().connector().schema();
    }

    @Test
    void listsTheObjectsThatHoldTheUnifiedObjects() {
        List<ObjectSummary> objects = schema().objects(context().connection());

        List<String> names = objects.stream().map(summary -> summary.name().toLowerCase(Locale.ROOT)).toList();
        assertThat(names).doesNotHaveDuplicates();
        for (UnifiedObject unified : UnifiedObject.values()) {
            assertThat(names).as("objects listed").contains(fixture().objectOf(unified).toLowerCase(Locale.ROOT));
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(UnifiedObject.class)
    void describesEachObjectHoldingAUnifiedObjectWithTypedFields(UnifiedObject unified) {
        String object = fixture().objectOf(unified);

        ObjectSchema described = describe(object);

        assertThat(described.name()).isEqualToIgnoringCase(object);
        assertThat(described.fields()).as("fields of %s", object).isNotEmpty().allSatisfy(field -> {
            assertThat(field.name()).isNotBlank();
            assertThat(field.type()).isNotNull();
        });
        assertThat(described.fields()).extracting(field -> field.name().toLowerCase(Locale.ROOT))
                .as("field names of %s", object).doesNotHaveDuplicates();
    }

    @Test
    void describesAnObjectNamedInAnyLetterCase() {
        String object = fixture().objectOf(UnifiedObject.CONTACT);

        assertThat(schema().describe(context().connection(), object.toUpperCase(Locale.ROOT)))
                .as("%s in upper case", object).isPresent()
                .get().extracting(ObjectSchema::name).isEqualTo(describe(object).name());
    }

    @Test
    void describesEveryFieldOfTheKnownRecord() {
        KnownRecord known = fixture().knownRecord();

        ObjectSchema described = describe(known.record().object());

        known.fields().keySet().forEach(field -> assertThat(described.field(field))
                .as("field %s of %s", field, known.record().object()).isPresent());
    }

    @Test
    void marksACustomFieldAsCustom() {
        KnownField custom = fixture().customField();

        Optional<FieldSchema> field = describe(custom.record().object()).field(custom.field());

        assertThat(field).as("custom field %s of %s", custom.field(), custom.record().object()).isPresent();
        assertThat(field.get().custom()).as("%s is custom", custom.field()).isTrue();
    }

    @Test
    void marksTheFilterFieldsFilterable() {
        for (FilterCase filter : List.of(fixture().textFilter(), fixture().numberFilter())) {
            Optional<FieldSchema> field = describe(filter.object()).field(filter.field());

            assertThat(field).as("field %s of %s", filter.field(), filter.object()).isPresent();
            assertThat(field.get().filterable()).as("%s.%s is filterable", filter.object(), filter.field()).isTrue();
        }
    }

    @Test
    void describesNothingForAnObjectTheProviderDoesNotHave() {
        assertThat(schema().describe(context().connection(), RecordPortContract.MISSING_OBJECT)).isEmpty();
    }

    private ObjectSchema describe(String object) {
        return schema().describe(context().connection(), object)
                .orElseThrow(() -> new AssertionError("the connector describes no object " + object));
    }
}
