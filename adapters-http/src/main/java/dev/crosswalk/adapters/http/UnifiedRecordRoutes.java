package dev.crosswalk.adapters.http;

import dev.crosswalk.core.domain.UnifiedObject;
import dev.crosswalk.core.domain.UnifiedRecord;
import dev.crosswalk.core.port.in.CursorPage;
import dev.crosswalk.core.port.in.ReadUnifiedRecordsUseCase;
import java.util.ArrayList;
import java.util.List;

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
        replies.ok(call.ctx(), out -> {
            out.writeStartObject();
            out.writeArrayFieldStart("results"); // the shape of ListJson, written record by record
            for (UnifiedRecord item : page.items()) {
                UnifiedRecordJson.write(out, object, item, fields);
            }
            out.writeEndArray();
            out.writeStringField("next_cursor", page.nextCursor().orElse(null));
            out.writeEndObject();
        });
    }

    private void get(UnifiedObject object, Call call) throws Exception {
        UnifiedRecord record = records.get(object, RequestParameters.get(call, call.pathParam("id")));
        List<String> fields = RequestParameters.fields(call);
        replies.ok(call.ctx(), out -> UnifiedRecordJson.write(out, object, record, fields));
    }
}
