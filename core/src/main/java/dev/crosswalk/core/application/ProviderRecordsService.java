package dev.crosswalk.core.application;

import dev.crosswalk.core.domain.FieldFilter;
import dev.crosswalk.core.domain.FieldSchema;
import dev.crosswalk.core.domain.ObjectSchema;
import dev.crosswalk.core.domain.ProviderRecord;
import dev.crosswalk.core.domain.RecordLookup;
import dev.crosswalk.core.domain.RecordPage;
import dev.crosswalk.core.domain.RecordQuery;
import dev.crosswalk.core.domain.SortOrder;
import dev.crosswalk.core.port.in.CursorPage;
import dev.crosswalk.core.port.in.GetRequest;
import dev.crosswalk.core.port.in.ListRequest;
import dev.crosswalk.core.port.in.ReadProviderRecordsUseCase;
import dev.crosswalk.core.port.in.UseCaseException;
import dev.crosswalk.core.port.out.crm.ReadCapabilities;
import java.util.List;
import java.util.Map;

/**
 * Reads records of any provider object through the connector's record port, after checking every field, filter and
 * condition against the object's schema and the connector's capabilities.
 */
final class ProviderRecordsService implements ReadProviderRecordsUseCase {

    private final ConnectionResolver resolver;
    private final CursorCodec cursors;

    ProviderRecordsService(ConnectionResolver resolver, CursorCodec cursors) {
        this.resolver = resolver;
        this.cursors = cursors;
    }

    @Override
    public CursorPage<ProviderRecord> list(String object, ListRequest request) {
        ConnectedCrm crm = resolver.open(request.connection());
        ObjectSchema schema = crm.describe(object);
        ReadCapabilities capabilities = crm.ports().records().capabilities();
        String listing = RecordQueries.listing("objects", schema.name(), request);
        RecordQuery.Builder query = RecordQueries.shared(schema.name(), capabilities,
                crm.connection().connectorKind(), request, request.searchTerm().orElse(null));
        query.fields(checkedFields(crm, schema, request.fields(), capabilities));
        for (Map.Entry<String, List<String>> filter : request.filters().entrySet()) {
            query.filter(fieldFilter(crm, schema, capabilities, filter.getKey(), filter.getValue()));
        }
        for (SortOrder key : request.order()) {
            query.orderBy(sortKey(crm, schema, capabilities, key));
        }
        request.cursor().ifPresent(cursor -> query.pageToken(cursors.decode(cursor, crm.connection().ref(), listing)));
        RecordQuery built = query.build();
        RecordPage page = crm.call(() -> crm.ports().records().list(crm.connection(), built));
        return CursorPage.of(page.records(),
                page.next().map(token -> cursors.encode(token, crm.connection().ref(), listing)).orElse(null));
    }

    @Override
    public ProviderRecord get(String object, GetRequest request) {
        ConnectedCrm crm = resolver.open(request.connection());
        ObjectSchema schema = crm.describe(object);
        ReadCapabilities capabilities = crm.ports().records().capabilities();
        if (request.includeDeleted() && !capabilities.includeDeleted()) {
            throw new UseCaseException.InvalidRequest("the '" + crm.connection().connectorKind()
                    + "' connector cannot read deleted records", List.of());
        }
        RecordLookup lookup = RecordLookup.of(schema.name(), request.id())
                .withFields(checkedFields(crm, schema, request.fields(), capabilities))
                .withDeleted(request.includeDeleted());
        return crm.call(() -> crm.ports().records().get(crm.connection(), lookup))
                .orElseThrow(() -> new UseCaseException.RecordNotFound("the CRM has no " + schema.name() + " '"
                        + request.id() + "' on connection '" + crm.connection().id() + "'"));
    }

    private static List<String> checkedFields(ConnectedCrm crm, ObjectSchema schema, List<String> fields,
            ReadCapabilities capabilities) {
        fields.forEach(path -> FieldPaths.resolve(crm, schema, path, capabilities.relationshipPaths()));
        return fields;
    }

    private static SortOrder sortKey(ConnectedCrm crm, ObjectSchema schema, ReadCapabilities capabilities,
            SortOrder key) {
        if (!capabilities.ordering()) {
            throw new UseCaseException.InvalidRequest("the '" + crm.connection().connectorKind()
                    + "' connector lists in its own order only; leave out 'order_by'", List.of());
        }
        FieldSchema field = FieldPaths.resolve(crm, schema, key.field(), capabilities.relationshipPaths());
        if (!field.sortable()) {
            throw new UseCaseException.InvalidRequest("'order_by': the CRM cannot sort " + schema.name() + " by "
                    + key.field(), List.of());
        }
        return key;
    }

    private static FieldFilter fieldFilter(ConnectedCrm crm, ObjectSchema schema, ReadCapabilities capabilities,
            String path, List<String> values) {
        FieldFilter asked = values.size() == 1 ? FieldFilter.equalTo(path, values.get(0)) : FieldFilter.in(path, values);
        return FilterChecks.checked(crm, schema, capabilities, asked, "filter[" + path + "]");
    }
}
