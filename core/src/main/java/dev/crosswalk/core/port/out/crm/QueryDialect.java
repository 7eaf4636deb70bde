package dev.crosswalk.core.port.out.crm;

import dev.crosswalk.core.domain.FieldFilter;
import java.util.List;

/**
 * How a provider's query language writes a conjunction of field filters, literals escaped by that language's rules
 * (SOQL for Salesforce). Used to show query mappings the clause {@code $convertQueryToSql} stands for; the filters
 * themselves reach the connector as {@link FieldFilter}s, never as text. Implementations are thread-safe.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface QueryDialect {

    /**
     * @param filters the conditions, AND-ed; never {@code null}, possibly empty
     * @return the WHERE clause without the keyword, or {@code ""} for no conditions; never {@code null}
     * @throws IllegalArgumentException when a field name is not one the language accepts
     */
    String where(List<FieldFilter> filters);
}
