package dev.crosswalk.adapters.http;

import dev.crosswalk.core.domain.UnifiedObject;
import dev.crosswalk.core.domain.UnifiedRecord;
import dev.crosswalk.core.port.in.CursorPage;
import dev.crosswalk.core.port.in.ReadUnifiedRecordsUseCase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /unified/crm/{contacts|accounts|opportunities}} and {@code .../{id}}: a connection's unified records,
 * produced by its mapping. Listing parameters other than the generic ones are the object's unified filters, which the
 * use case checks against the mapping.
 */
final class UnifiedRecordRoutes {

    private final ReadUnifiedRecordsUseCase records;
    private final Replies replies;

    UnifiedRecordRoutes(ReadUnifiedRecordsUseCase records, Replies replies) {
        this.records = records;
        this.replies = replies;
    }

    List<Route> routes() {
        List<Route> routes = new ArrayList<>();
        for (UnifiedObject object : UnifiedObject.values()) {
            String path = "/unified/crm/" + object.plural();
            routes.add(Route.of("GET", path, RequestParameters.LIST, Route.OpenParameters.UNIFIED_FILTERS,
                    call -> list(object, call)));
            routes.add(Route.of("GET", path + "/{id}", RequestParameters.GET, Route.OpenParameters.NONE,
                    call -> get(object, call)));
        }
        return routes;
    }

    private void list(UnifiedObject object, Call call) throws Exception {
        CursorPage<UnifiedRecord> page =
                records.list(object, RequestParameters.list(call, Route.OpenParameters.UNIFIED_FILTERS));
        List<String> fields = RequestParameters.fields(call);
        List<Map<String, Object>> results =
                page.items().stream().map(item -> UnifiedRecordJson.of(object, item, fields)).toList();
        replies.ok(call.ctx(), new ListJson<>(results, page.nextCursor().orElse(null)));
    }

    private void get(UnifiedObject object, Call call) throws Exception {
        UnifiedRecord record = records.get(object, RequestParameters.get(call, call.pathParam("id")));
        replies.ok(call.ctx(), UnifiedRecordJson.of(object, record, RequestParameters.fields(call)));
    }
}
