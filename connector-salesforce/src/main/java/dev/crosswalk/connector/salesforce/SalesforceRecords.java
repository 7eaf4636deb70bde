package dev.crosswalk.connector.salesforce;

import dev.crosswalk.core.domain.Connection;
import dev.crosswalk.core.domain.FieldFilter;
import dev.crosswalk.core.domain.PageToken;
import dev.crosswalk.core.domain.ProviderRecord;
import dev.crosswalk.core.domain.RecordLookup;
import dev.crosswalk.core.domain.RecordPage;
import dev.crosswalk.core.domain.RecordQuery;
import dev.crosswalk.core.domain.Watermark;
import dev.crosswalk.core.port.out.crm.CrmFailure;
import dev.crosswalk.core.port.out.crm.ReadCapabilities;
import dev.crosswalk.core.port.out.crm.RecordPort;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Reads records of any Salesforce object, standard or custom, over REST. A listing is a SOQL query ({@code query}, or
 * {@code queryAll} with deleted records) whose later pages follow Salesforce's {@code nextRecordsUrl}; Salesforce
 * serves 200 to 2,000 rows a page, so a smaller page size is rounded up to 200. A listing with a search term is a
 * SOSL search paged by offset (at most 2,000 matches). Every name is checked against Describe and every value
 * written as an escaped literal (see {@link QueryPlanner}). Thread-safe.
 */
final class SalesforceRecords implements RecordPort {

    /** The most ids one query may name. */
    static final int MAX_IDS = 200;

    private static final ReadCapabilities CAPABILITIES = ReadCapabilities.builder()
            .operators(EnumSet.allOf(FieldFilter.Operator.class))
            .searchTerm(true)
            .includeDeleted(true)
            .ordering(true)
            .watermark(true)
            .createdRange(true)
            .updatedRange(true)
            .relationshipPaths(true)
            .maxIds(MAX_IDS)
            .build();

    private final SalesforceCalls calls;
    private final SalesforceSchema schema;
    private final QueryPlanner planner;

    SalesforceRecords(SalesforceCalls calls, SalesforceSchema schema) {
        this.calls = calls;
        this.schema = schema;
        this.planner = new QueryPlanner(new FieldPaths(schema), MAX_IDS);
    }

    @Override
    public ReadCapabilities capabilities() {
        return CAPABILITIES;
    }

    @Override
    public RecordPage list(Connection connection, RecordQuery query) {
        DescribedObject object = object(connection, query.object());
        QueryPlan plan = checked(connection, query.object(), () -> planner.plan(connection, object, query));
        if (query.searchTerm().isPresent()) {
            return search(connection, query, plan);
        }
        SalesforceWire.QueryResult result = query.pageToken()
                .map(token -> calls.queryMore(connection, locator(connection, token), query.pageSize()))
                .orElseGet(() -> calls.query(connection, plan.select().toSoql(), query.pageSize(),
                        query.includeDeleted()));
        PageToken next = result.done() || result.nextRecordsUrl() == null
                ? null : PageToken.of(result.nextRecordsUrl());
        return page(connection, query, plan, result.records(), next);
    }

    @Override
    public Optional<ProviderRecord> get(Connection connection, RecordLookup lookup) {
        DescribedObject object = object(connection, lookup.object());
        QueryPlan plan = checked(connection, lookup.object(), () -> planner.plan(connection, object, lookup));
        SalesforceWire.QueryResult result = calls.query(connection, plan.select().toSoql(), SalesforceCalls.MIN_BATCH,
                lookup.includeDeleted());
        return result.records().stream().findFirst()
                .map(json -> record(connection, plan, json));
    }

    private RecordPage search(Connection connection, RecordQuery query, QueryPlan plan) {
        if (query.includeDeleted()) {
            throw new CrmFailure.InvalidInput("a search on " + plan.objectName() + " for connection "
                    + connection.ref() + " cannot include deleted records (Salesforce's search skips them); list"
                    + " without a search term to see deleted records");
        }
        int offset = query.pageToken().map(token -> SearchPages.offset(token, connection.ref().toString())).orElse(0);
        if (offset > SearchPages.MAX_OFFSET) {
            throw new CrmFailure.InvalidInput("a search on " + plan.objectName() + " for connection "
                    + connection.ref() + " can page through its first " + SearchPages.MAX_OFFSET + " matches only"
                    + " (Salesforce's SOSL OFFSET stops there); narrow the search term or add filters");
        }
        int size = query.pageSize();
        int limit = Math.min(size + 1, SearchPages.MAX_OFFSET);
        SoqlSelect returning = plan.select().limit(limit);
        if (offset > 0) {
            returning = returning.offset(offset);
        }
        String term = checked(connection, plan.objectName(), () -> SoslTerms.braced(query.searchTerm().orElseThrow()));
        String sosl = "FIND " + term + " IN ALL FIELDS RETURNING " + returning.toSoslReturning();
        List<Map<String, Object>> found = calls.search(connection, sosl).searchRecords();
        boolean more = found.size() > size || (limit == size && found.size() == size);
        List<Map<String, Object>> onPage = found.size() > size ? found.subList(0, size) : found;
        return page(connection, query, plan, onPage, more ? SearchPages.at(offset + size) : null);
    }

    private RecordPage page(Connection connection, RecordQuery query, QueryPlan plan, List<Map<String, Object>> json,
            PageToken next) {
        List<ProviderRecord> records = new ArrayList<>(json.size());
        json.forEach(record -> records.add(record(connection, plan, record)));
        RecordPage page = RecordPage.of(records, next);
        if (!plan.watermarked()) {
            return page;
        }
        Watermark position = json.isEmpty()
                ? query.modifiedSince().orElseThrow()
                : ProviderRecords.positionAfter(json.get(json.size() - 1)).orElseThrow(() -> new CrmFailure.Transient(
                        "a " + plan.objectName() + " record for connection " + connection.ref()
                                + " came back without a readable SystemModstamp", null, null));
        return page.withWatermark(position);
    }

    private static ProviderRecord record(Connection connection, QueryPlan plan, Map<String, Object> json) {
        try {
            return ProviderRecords.toRecord(plan.objectName(), json, plan.bookkeeping());
        } catch (IllegalStateException unreadable) {
            throw new CrmFailure.Transient(unreadable.getMessage() + " for connection " + connection.ref(), null,
                    unreadable);
        }
    }

    private String locator(Connection connection, PageToken token) {
        if (SearchPages.isSearchToken(token)) {
            throw new CrmFailure.InvalidPageToken("the page cursor for connection " + connection.ref()
                    + " belongs to a search, not to this listing; start again without a cursor");
        }
        return token.value();
    }

    private DescribedObject object(Connection connection, String objectName) {
        return schema.described(connection, objectName).orElseThrow(() -> new CrmFailure.NotFound(
                "the org behind connection " + connection.ref() + " has no object '" + SoqlLiterals.shown(objectName)
                        + "'; list the org's objects to see their API names", null));
    }

    /**
     * Runs a step that refuses bad names and values before anything is sent, turning its refusal into
     * {@link CrmFailure.InvalidInput}: the caller's mistake, not Salesforce's answer.
     */
    private static <T> T checked(Connection connection, String objectName, Supplier<T> step) {
        try {
            return step.get();
        } catch (IllegalArgumentException refused) {
            throw new CrmFailure.InvalidInput("Salesforce would not take this query on "
                    + SoqlLiterals.shown(objectName) + " for connection " + connection.ref() + ": "
                    + refused.getMessage());
        }
    }
}
