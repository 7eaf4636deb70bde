package dev.crosswalk.core.application;

import dev.crosswalk.core.domain.FieldFilter;
import dev.crosswalk.core.domain.FieldSchema;
import dev.crosswalk.core.domain.ObjectSchema;
import dev.crosswalk.core.port.in.UseCaseException;
import dev.crosswalk.core.port.out.crm.ReadCapabilities;
import java.util.List;

/**
 * The one check every condition on a provider field passes before a connector sees it, whether a client wrote it
 * ({@code filter[Status__c]=...}) or a mapping translated a unified filter into it: the field exists, the CRM can
 * filter by it, the connector renders the operator, and every value has the field's type.
 */
final class FilterChecks {

    private FilterChecks() {
    }

    /**
     * @param parameter how the client named the condition, for messages ({@code filter[Amount__c]}, {@code email})
     * @return the filter with values of the field's type
     * @throws UseCaseException.InvalidRequest naming the parameter and what is wrong
     */
    static FieldFilter checked(ConnectedCrm crm, ObjectSchema schema, ReadCapabilities capabilities,
            FieldFilter filter, String parameter) {
        FieldSchema field = FieldPaths.resolve(crm, schema, filter.field(), capabilities.relationshipPaths());
        if (!field.filterable()) {
            throw new UseCaseException.InvalidRequest("'" + parameter + "': the CRM cannot filter " + schema.name()
                    + " by " + filter.field(), List.of());
        }
        if (!capabilities.operators().contains(filter.operator())) {
            throw new UseCaseException.InvalidRequest("'" + parameter + "': the '" + crm.connection().connectorKind()
                    + "' connector cannot filter with " + filter.operator()
                    + (filter.operator() == FieldFilter.Operator.IN ? "; give one value" : ""), List.of());
        }
        List<Object> typed = filter.values().stream()
                .map(value -> value instanceof String text ? FilterValues.typed(parameter, field, text) : value)
                .toList();
        return FieldFilter.of(filter.field(), filter.operator(), typed);
    }
}
