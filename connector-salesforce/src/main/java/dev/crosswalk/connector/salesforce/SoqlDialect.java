package dev.crosswalk.connector.salesforce;

import dev.crosswalk.core.domain.FieldFilter;
import dev.crosswalk.core.port.out.crm.QueryDialect;
import java.util.List;

/**
 * SOQL as query mappings see it through {@code $convertQueryToSql}: the same renderer as the record port, without a
 * schema, so a literal's form follows the value (text quoted, numbers and booleans bare). Stateless and thread-safe.
 */
final class SoqlDialect implements QueryDialect {

    @Override
    public String where(List<FieldFilter> filters) {
        return SoqlConditions.and(filters.stream()
                .map(filter -> SoqlConditions.render(SoqlField.untyped(filter.field()), filter))
                .toList());
    }
}
