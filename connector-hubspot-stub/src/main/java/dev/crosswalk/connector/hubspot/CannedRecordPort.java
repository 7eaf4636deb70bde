package dev.crosswalk.connector.hubspot;

import dev.crosswalk.core.domain.Connection;
import dev.crosswalk.core.domain.FieldFilter;
import dev.crosswalk.core.domain.PageToken;
import dev.crosswalk.core.domain.ProviderRecord;
import dev.crosswalk.core.domain.RecordLookup;
import dev.crosswalk.core.domain.RecordPage;
import dev.crosswalk.core.domain.RecordQuery;
import dev.crosswalk.core.port.out.crm.CrmFailure;
import dev.crosswalk.core.port.out.crm.ReadCapabilities;
import dev.crosswalk.core.port.out.crm.RecordPort;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lists and reads the canned records in memory, in id order. A page token is HubSpot's {@code after}: the position
 * of the next record in the query's result, as decimal digits. Every connection sees the same records. Thread-safe
 * (it holds only immutable data).
 */
final class CannedRecordPort implements RecordPort {

    /** HubSpot's own limit for one page of a list or search call. */
    static final int HUBSPOT_MAX_PAGE_SIZE = 100;

    private static final ReadCapabilities CAPABILITIES = ReadCapabilities.builder()
            .operators(EnumSet.of(FieldFilter.Operator.EQUALS, FieldFilter.Operator.IN))
            .searchTerm(true)
            .includeDeleted(true)
            .createdRange(true)
            .updatedRange(true)
            .maxIds(HUBSPOT_MAX_PAGE_SIZE)
            .build();

    private final int maxPageSize;

    /** @param maxPageSize the most records on one page, 1 to {@value #HUBSPOT_MAX_PAGE_SIZE} */
    CannedRecordPort(int maxPageSize) {
        this.maxPageSize = maxPageSize;
    }

    @Override
    public ReadCapabilities capabilities() {
        return CAPABILITIES;
    }

    /**
     * @throws CrmFailure.NotFound for an object the stub does not have
     * @throws CrmFailure.InvalidPageToken for a token that is not a position inside this query's result
     * @throws CrmFailure.Rejected for a query beyond {@link #capabilities()}, which core never sends
     */
    @Override
    public RecordPage list(Connection connection, RecordQuery query) {
        CannedObject object = objectNamed(query.object(), connection);
        CannedQuery matching = CannedQuery.of(object, query);
        List<CannedRecord> result = object.records().stream().filter(matching::matches).toList();
        int from = query.pageToken().map(token -> offset(token, result.size(), object, connection)).orElse(0);
        int to = Math.min(result.size(), from + Math.min(query.pageSize(), maxPageSize));
        List<ProviderRecord> page = result.subList(from, to).stream()
                .map(record -> toProviderRecord(object, record, query.fields()))
                .toList();
        return to < result.size() ? RecordPage.of(page, PageToken.of(Integer.toString(to))) : RecordPage.last(page);
    }

    /** @throws CrmFailure.NotFound for an object the stub does not have */
    @Override
    public Optional<ProviderRecord> get(Connection connection, RecordLookup lookup) {
        CannedObject object = objectNamed(lookup.object(), connection);
        return object.records().stream()
                .filter(record -> record.id().equals(lookup.id()))
                .filter(record -> lookup.includeDeleted() || !record.archived())
                .findFirst()
                .map(record -> toProviderRecord(object, record, lookup.fields()));
    }

    private static CannedObject objectNamed(String name, Connection connection) {
        return CannedHubSpot.object(name).orElseThrow(() -> new CrmFailure.NotFound("the HubSpot account of"
                + " connection " + connection.ref() + " has no object '" + name + "'; the stub serves "
                + CannedHubSpot.CONTACTS + ", " + CannedHubSpot.COMPANIES + " and " + CannedHubSpot.DEALS,
                "OBJECT_NOT_FOUND"));
    }

    /** Accepts only what {@link #list} issues: a position after the first record and before the end, in digits. */
    private static int offset(PageToken token, int resultSize, CannedObject object, Connection connection) {
        String after = token.value();
        if (after.length() <= 9 && after.matches("[1-9][0-9]*")) {
            int offset = Integer.parseInt(after);
            if (offset < resultSize) {
                return offset;
            }
        }
        throw new CrmFailure.InvalidPageToken("the page token for " + object.name() + " of connection "
                + connection.ref() + " is not one this HubSpot stub issued for that listing; start again from the"
                + " first page");
    }

    /**
     * The record with the asked-for properties (every property when none are named), each present even when it has
     * no value, as HubSpot returns the properties a request names. Unknown names are left out, as HubSpot does.
     */
    private static ProviderRecord toProviderRecord(CannedObject object, CannedRecord record, List<String> fields) {
        List<CannedProperty> selected = fields.isEmpty()
                ? object.properties()
                : fields.stream().flatMap(name -> object.property(name).stream()).distinct().toList();
        Map<String, Object> values = new LinkedHashMap<>();
        selected.forEach(property -> values.put(property.name(), record.value(property.name())));
        return ProviderRecord.builder(object.name(), record.id())
                .fields(values)
                .deleted(record.archived())
                .build();
    }
}
