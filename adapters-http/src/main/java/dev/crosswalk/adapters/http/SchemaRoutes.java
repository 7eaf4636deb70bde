package dev.crosswalk.adapters.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.crosswalk.core.domain.FieldSchema;
import dev.crosswalk.core.domain.ObjectSchema;
import dev.crosswalk.core.domain.ObjectSummary;
import dev.crosswalk.core.port.in.DescribeSchemaUseCase;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code GET /unified/crm/schema} (the objects a connection's CRM account offers) and
 * {@code GET /unified/crm/schema/{object}} (one object's fields), as discovered at run time.
 */
final class SchemaRoutes {

    private static final Set<String> CONNECTION_ONLY = Set.of("connection_id");

    private final DescribeSchemaUseCase schema;
    private final Replies replies;

    SchemaRoutes(DescribeSchemaUseCase schema, Replies replies) {
        this.schema = schema;
        this.replies = replies;
    }

    List<Route> routes() {
        return List.of(
                Route.of("GET", "/unified/crm/schema", CONNECTION_ONLY, Route.OpenParameters.NONE, this::objects),
                Route.of("GET", "/unified/crm/schema/{object}", CONNECTION_ONLY, Route.OpenParameters.NONE,
                        this::describe));
    }

    private void objects(Call call) throws Exception {
        List<ObjectSummary> objects = schema.objects(call.connection());
        replies.ok(call.ctx(), new ObjectsJson(objects.stream().map(SummaryJson::of).toList()));
    }

    private void describe(Call call) throws Exception {
        replies.ok(call.ctx(), ObjectJson.of(schema.describe(call.connection(), call.pathParam("object"))));
    }

    record ObjectsJson(List<SummaryJson> objects) {
    }

    record SummaryJson(String name, String label, boolean custom) {
        static SummaryJson of(ObjectSummary summary) {
            return new SummaryJson(summary.name(), summary.label(), summary.custom());
        }
    }

    record ObjectJson(String name, String label, boolean custom, List<FieldJson> fields) {
        static ObjectJson of(ObjectSchema object) {
            return new ObjectJson(object.name(), object.label(), object.custom(),
                    object.fields().stream().map(FieldJson::of).toList());
        }
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record FieldJson(
            String name,
            String label,
            String type,
            boolean custom,
            boolean nillable,
            boolean filterable,
            boolean sortable,
            @JsonProperty("picklist_values") List<String> picklistValues,
            @JsonProperty("relationship_name") String relationshipName,
            @JsonProperty("reference_to") List<String> referenceTo) {

        static FieldJson of(FieldSchema field) {
            return new FieldJson(field.name(), field.label(), field.type().name().toLowerCase(Locale.ROOT),
                    field.custom(), field.nillable(), field.filterable(), field.sortable(), field.picklistValues(),
                    field.relationshipName().orElse(null), field.referenceTo());
        }
    }
}
