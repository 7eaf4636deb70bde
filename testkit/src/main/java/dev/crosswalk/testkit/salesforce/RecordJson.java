package dev.crosswalk.testkit.salesforce;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/** Writes queried records as the REST API does: {@code attributes} first, then the selected fields in order. */
final class RecordJson {

    private final String version;
    private final RowResolver resolver;
    private final Map<Projection.Children, Map<String, ChildSet>> children;

    /**
     * @param children for each child subquery of the top-level projection, the children of the records being written
     */
    RecordJson(String version, RowResolver resolver, Map<Projection.Children, Map<String, ChildSet>> children) {
        this.version = version;
        this.resolver = resolver;
        this.children = children;
    }

    void write(JsonGenerator g, Row row, Projection projection) throws IOException {
        g.writeStartObject();
        attributes(g, row.type(), row.id(), version);
        for (Projection.Column column : projection.columns()) {
            switch (column) {
                case Projection.Leaf leaf -> {
                    g.writeFieldName(leaf.field().name());
                    value(g, row.get(leaf.field()));
                }
                case Projection.Parent parent -> {
                    g.writeFieldName(parent.lookup().relationshipName());
                    Row target = resolver.parent(row, parent.lookup());
                    if (target == null) {
                        g.writeNull();
                    } else {
                        write(g, target, parent.nested());
                    }
                }
                case Projection.Children child -> {
                    g.writeFieldName(child.relationship().name());
                    ChildSet set = children.getOrDefault(child, Map.of()).get(row.id());
                    if (set == null || set.totalSize() == 0) {
                        g.writeNull();
                    } else {
                        g.writeStartObject();
                        g.writeNumberField("totalSize", set.totalSize());
                        g.writeBooleanField("done", set.nextRecordsUrl() == null);
                        if (set.nextRecordsUrl() != null) {
                            g.writeStringField("nextRecordsUrl", set.nextRecordsUrl());
                        }
                        g.writeArrayFieldStart("records");
                        RecordJson nested = new RecordJson(version, resolver, Map.of());
                        for (Row childRow : set.inline()) {
                            nested.write(g, childRow, child.query().projection());
                        }
                        g.writeEndArray();
                        g.writeEndObject();
                    }
                }
            }
        }
        g.writeEndObject();
    }

    static void attributes(JsonGenerator g, ObjectDef type, String id, String version) throws IOException {
        g.writeObjectFieldStart("attributes");
        g.writeStringField("type", type.name());
        g.writeStringField("url", "/services/data/" + version + "/sobjects/" + type.name() + "/" + id);
        g.writeEndObject();
    }

    /** Writes one stored value: numbers as JSON numbers, dates {@code yyyy-MM-dd}, datetimes with {@code +0000}. */
    static void value(JsonGenerator g, Object value) throws IOException {
        switch (value) {
            case null -> g.writeNull();
            case String s -> g.writeString(s);
            case Boolean b -> g.writeBoolean(b);
            case Integer i -> g.writeNumber(i);
            case Double d -> g.writeNumber(d);
            case Instant instant -> g.writeString(Json.datetime(instant));
            case LocalDate date -> g.writeString(Json.date(date));
            default -> g.writeString(value.toString());
        }
    }
}
