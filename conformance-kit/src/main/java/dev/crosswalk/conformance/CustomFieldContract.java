package dev.crosswalk.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswalk.conformance.ConnectorFixture.KnownField;
import dev.crosswalk.core.domain.ProviderRecord;
import dev.crosswalk.core.domain.RecordLookup;
import dev.crosswalk.core.domain.RecordQuery;
import dev.crosswalk.core.port.out.crm.RecordPort;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Custom fields, found at run time, read like any other: a custom field's value comes back through the record port
 * when it is asked for by name and when every field is asked for, by id and in a listing. One fixture serves the
 * whole class.
 *
 * @since 0.1
 */
public abstract class CustomFieldContract extends ConnectorContract {

    /** For a connector's subclass, which supplies only {@link #startFixture()}. */
    protected CustomFieldContract() {
        super(false);
    }

    private RecordPort records() {
        return context().connector().records();
    }

    @Test
    void readsACustomFieldNamedInTheLookup() {
        KnownField custom = fixture().customField();

        Optional<ProviderRecord> read = records().get(context().connection(),
                RecordLookup.of(custom.record().object(), custom.record().id()).withFields(List.of(custom.field())));

        assertValue(custom, read);
    }

    @Test
    void readsACustomFieldAmongEveryField() {
        KnownField custom = fixture().customField();

        Optional<ProviderRecord> read = records().get(context().connection(),
                RecordLookup.of(custom.record().object(), custom.record().id()));

        assertValue(custom, read);
    }

    @Test
    void listsACustomFieldNamedInTheQueryAndAmongEveryField() {
        KnownField custom = fixture().customField();
        RecordQuery byId = RecordQuery.builder(custom.record().object()).ids(List.of(custom.record().id())).build();

        for (RecordQuery query : List.of(byId.toBuilder().fields(List.of(custom.field())).build(), byId)) {
            List<ProviderRecord> listed = listToTheEnd(context(), query);

            assertThat(listed).as("records listed by %s", query).hasSize(1);
            assertValue(custom, Optional.of(listed.get(0)));
        }
    }

    private static void assertValue(KnownField custom, Optional<ProviderRecord> read) {
        assertThat(read).as("%s", custom.record()).isPresent();
        assertThat(read.get().fields()).as("fields of %s", custom.record()).containsKey(custom.field());
        Object actual = read.get().fields().get(custom.field());
        assertThat(Values.same(custom.value(), actual))
                .as("%s of %s is %s, the emulator holds %s", custom.field(), custom.record(), actual, custom.value())
                .isTrue();
    }
}
