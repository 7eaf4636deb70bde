package dev.crosswalk.adapters.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.crosswalk.core.domain.ProviderRecord;
import dev.crosswalk.core.port.in.CursorPage;
import dev.crosswalk.core.port.in.ReadProviderRecordsUseCase;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /unified/crm/objects/{object}} and {@code .../{id}}: records of any provider object, standard or custom,
 * as the provider sent them, each as {@code {"id", "object", "deleted", "fields": {...}}} so a provider field never
 * collides with the envelope. Conditions are {@code filter[<Field>]=v1,v2}.
 */
final class ProviderRecordRoutes {

    private final ReadProviderRecordsUseCase records;
    private final Replies replies;

    ProviderRecordRoutes(ReadProviderRecordsUseCase records, Replies replies) {
        this.records = records;
        this.replies = replies;
    }

    List<Route> routes() {
        return List.of(
                Route.of("GET", "/unified/crm/objects/{object}", RequestParameters.OBJECT_LIST,
                        Route.OpenParameters.PROVIDER_FILTERS, this::list),
                Route.of("GET", "/unified/crm/objects/{object}/{id}", RequestParameters.GET,
                        Route.OpenParameters.NONE, this::get));
    }

    private void list(Call call) throws Exception {
        CursorPage<ProviderRecord> page = records.list(call.pathParam("object"),
                RequestParameters.list(call, Route.OpenParameters.PROVIDER_FILTERS));
        replies.ok(call.ctx(), new ListJson<>(page.items().stream().map(RecordJson::of).toList(),
                page.nextCursor().orElse(null)));
    }

    private void get(Call call) throws Exception {
        ProviderRecord record =
                records.get(call.pathParam("object"), RequestParameters.get(call, call.pathParam("id")));
        replies.ok(call.ctx(), RecordJson.of(record));
    }

    /** A provider record on the wire. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record RecordJson(String id, String object, boolean deleted, Map<String, Object> fields) {
        static RecordJson of(ProviderRecord record) {
            return new RecordJson(record.id(), record.object(), record.deleted(), record.fields());
        }
    }
}
