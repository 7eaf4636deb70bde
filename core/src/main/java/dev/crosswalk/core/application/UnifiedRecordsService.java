package dev.crosswalk.core.application;

import dev.crosswalk.core.domain.FieldFilter;
import dev.crosswalk.core.domain.ObjectSchema;
import dev.crosswalk.core.domain.ProviderRecord;
import dev.crosswalk.core.domain.RecordLookup;
import dev.crosswalk.core.domain.RecordPage;
import dev.crosswalk.core.domain.RecordQuery;
import dev.crosswalk.core.domain.UnifiedObject;
import dev.crosswalk.core.domain.UnifiedRecord;
import dev.crosswalk.core.port.in.CursorPage;
import dev.crosswalk.core.port.in.GetRequest;
import dev.crosswalk.core.port.in.ListRequest;
import dev.crosswalk.core.port.in.ReadUnifiedRecordsUseCase;
import dev.crosswalk.core.port.in.UseCaseException;
import dev.crosswalk.core.port.out.crm.ReadCapabilities;
import dev.crosswalk.core.toolkit.mapping.EvaluationBudget;
import dev.crosswalk.core.toolkit.mapping.InvalidFilterValueException;
import dev.crosswalk.core.toolkit.mapping.MappingEvaluationException;
import dev.crosswalk.core.toolkit.mapping.QueryTranslation;
import dev.crosswalk.core.toolkit.mapping.ReadPlan;
import dev.crosswalk.core.toolkit.mapping.UnifiedMapping;
import dev.crosswalk.core.toolkit.mapping.UnifiedRecords;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads unified contacts, accounts and opportunities: a listing of the provider object the connection's mapping names,
 * through the connector's record port, each record mapped by the connection's effective mapping. Unified filters are
 * translated by the mapping's query part into conditions on provider fields, then checked like any client's.
 */
final class UnifiedRecordsService implements ReadUnifiedRecordsUseCase {

    /** How long a mapping's JSONata may take in all for one page, so no mapping holds a request thread for long. */
    static final Duration MAPPING_BUDGET = Duration.ofSeconds(5);

    private final ConnectionResolver resolver;
    private final CursorCodec cursors;
    private final MappingRegistry mappings;
    private final ReadPlans plans;

    UnifiedRecordsService(ConnectionResolver resolver, CursorCodec cursors, MappingRegistry mappings, ReadPlans plans) {
        this.resolver = resolver;
        this.cursors = cursors;
        this.mappings = mappings;
        this.plans = plans;
    }

    @Override
    public CursorPage<UnifiedRecord> list(UnifiedObject object, ListRequest request) {
        if (!request.order().isEmpty()) {
            throw new UseCaseException.InvalidRequest("unified " + object.plural() + " come in the connector's stable"
                    + " order; to order by provider fields, list the provider object under /objects", List.of());
        }
        ConnectedCrm crm = resolver.open(request.connection());
        UnifiedMapping mapping = mappings.effective(crm.connection(), crm.ports(), object);
        ObjectSchema schema = crm.describe(mapping.providerObject());
        ReadCapabilities capabilities = crm.ports().records().capabilities();
        ReadPlan plan = plans.plan(crm, mapping, schema, wantedFields(object, mapping, request.fields()));
        String listing = RecordQueries.listing(object.plural(), schema.name(), request);
        QueryTranslation translation = translate(crm, mapping, request);
        String searchTerm = request.searchTerm().or(translation::searchTerm).orElse(null);
        RecordQuery.Builder query = RecordQueries.shared(schema.name(), capabilities, crm.connection().connectorKind(),
                request, searchTerm).fields(plan.providerFields());
        String filterNames = String.join(", ", request.filters().keySet());
        for (FieldFilter filter : translation.filters()) {
            query.filter(FilterChecks.checked(crm, schema, capabilities, filter, filterNames));
        }
        request.cursor().ifPresent(cursor -> query.pageToken(cursors.decode(cursor, crm.connection().ref(), listing)));
        RecordQuery built = query.build();
        RecordPage page = crm.call(() -> crm.ports().records().list(crm.connection(), built));
        List<UnifiedRecord> records = new ArrayList<>(page.records().size());
        try (EvaluationBudget budget = EvaluationBudget.open(MAPPING_BUDGET)) {
            for (ProviderRecord record : page.records()) {
                records.add(unified(object, plan, record));
            }
        }
        return CursorPage.of(records,
                page.next().map(token -> cursors.encode(token, crm.connection().ref(), listing)).orElse(null));
    }

    @Override
    public UnifiedRecord get(UnifiedObject object, GetRequest request) {
        ConnectedCrm crm = resolver.open(request.connection());
        UnifiedMapping mapping = mappings.effective(crm.connection(), crm.ports(), object);
        ObjectSchema schema = crm.describe(mapping.providerObject());
        if (request.includeDeleted() && !crm.ports().records().capabilities().includeDeleted()) {
            throw new UseCaseException.InvalidRequest("the '" + crm.connection().connectorKind()
                    + "' connector cannot read deleted records", List.of());
        }
        ReadPlan plan = plans.plan(crm, mapping, schema, wantedFields(object, mapping, request.fields()));
        RecordLookup lookup = RecordLookup.of(schema.name(), request.id()).withFields(plan.providerFields())
                .withDeleted(request.includeDeleted());
        ProviderRecord record = crm.call(() -> crm.ports().records().get(crm.connection(), lookup))
                .orElseThrow(() -> new UseCaseException.RecordNotFound("the CRM has no " + object.singular() + " '"
                        + request.id() + "' on connection '" + crm.connection().id() + "'"));
        try (EvaluationBudget budget = EvaluationBudget.open(MAPPING_BUDGET)) {
            return unified(object, plan, record);
        }
    }

    private static UnifiedRecord unified(UnifiedObject object, ReadPlan plan, ProviderRecord record) {
        try {
            return UnifiedRecords.toRecord(object, plan.map(record), record.deleted());
        } catch (MappingEvaluationException failed) {
            throw new UseCaseException.MappingFailed("the " + object.singular() + " mapping failed on "
                    + record.object() + " '" + record.id() + "': " + failed.getMessage(), failed);
        }
    }

    private static Set<String> wantedFields(UnifiedObject object, UnifiedMapping mapping, List<String> asked) {
        if (asked.isEmpty()) {
            return Set.of();
        }
        Set<String> valid = new TreeSet<>(object.fields().keySet());
        valid.addAll(mapping.fieldNames());
        for (String field : asked) {
            if (!valid.contains(field)) {
                throw new UseCaseException.InvalidRequest("'fields': unified " + object.plural() + " have no field '"
                        + field + "'; valid fields: " + String.join(", ", valid), List.copyOf(valid));
            }
        }
        Set<String> wanted = new LinkedHashSet<>(asked);
        wanted.add(UnifiedObject.ID);
        return wanted;
    }

    private static QueryTranslation translate(ConnectedCrm crm, UnifiedMapping mapping, ListRequest request) {
        Set<String> valid = new TreeSet<>(mapping.filterNames());
        for (String name : request.filters().keySet()) {
            if (!valid.contains(name)) {
                throw new UseCaseException.InvalidRequest("unified " + mapping.object().plural()
                        + " cannot be filtered by '" + name + "'" + (valid.isEmpty() ? ""
                        : "; filters of this connection's mapping: " + String.join(", ", valid)), List.copyOf(valid));
            }
        }
        try (EvaluationBudget budget = EvaluationBudget.open(MAPPING_BUDGET)) {
            return mapping.translate(request.filters(), crm.ports().queryDialect().orElse(null));
        } catch (InvalidFilterValueException refused) {
            throw new UseCaseException.InvalidRequest("'" + refused.filter() + "': " + refused.getMessage(),
                    List.copyOf(valid));
        } catch (MappingEvaluationException failed) {
            throw new UseCaseException.MappingFailed("the " + mapping.object().singular() + " query mapping failed: "
                    + failed.getMessage(), failed);
        }
    }
}
