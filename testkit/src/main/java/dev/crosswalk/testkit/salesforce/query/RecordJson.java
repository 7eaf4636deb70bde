package dev.crosswalk.testkit.salesforce.query;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.crosswalk.testkit.salesforce.data.ObjectDef;
import dev.crosswalk.testkit.salesforce.data.Row;
import dev.crosswalk.testkit.salesforce.http.Json;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes queried records as the REST API does: {@code attributes} first, then the selected fields in order. One
 * instance serves one response: it keeps the names it has encoded, since a page repeats them for every record. Not
 * thread-safe.
 */
public final class RecordJson {

    private static final SerializableString ATTRIBUTES = new SerializedString("attributes");
    private static final SerializableString TYPE = new SerializedString("type");
    private static final SerializableString URL = new SerializedString("url");

    private final Map<String, SerializableString> encodedNames = new HashMap<>();
    private final Map<ObjectDef, String> urlPrefixes = new HashMap<>();
    private final String version;
    private final RowResolver resolver;
    private final Map<Projection.Children, Map<String, ChildSet>> children;

    /**
     * @param children for each child subquery of the top-level projection, the children of the records being written
     */
    public RecordJson(String version, RowResolver resolver, Map<Projection.Children, Map<String, ChildSet>> children) {
        this.version = version;
        this.resolver = resolver;
        this.children = children;
    }

    public void write(JsonGenerator g, Row row, Projection projection) throws IOException {
        g.writeStartObject();
        g.writeFieldName(ATTRIBUTES);
        g.writeStartObject();
        g.writeFieldName(TYPE);
        g.writeString(encodedName(row.type().name()));
        g.writeFieldName(URL);
        g.writeString(urlPrefixes.computeIfAbsent(row.type(), type -> urlPrefix(type, version)) + row.id());
        g.writeEndObject();
        for (Projection.Column column : projection.columns()) {
            switch (column) {
                case Projection.Leaf leaf -> {
                    g.writeFieldName(encodedName(leaf.field().name()));
                  value(g, row.get(leaf.field()));
                }
                case Projection.Parent parent -> {
                    g.writeFieldName(encodedName(parent.lookup().relationshipName()));
                    Row target = resolver.parent(row, parent.lookup());
                    if (target == null) {
                        g.writeNull();
                    } else {
                      write(g, target, parent.nested());
                    }
                }
                case Projection.Children child -> {
                    g.writeFieldName(encodedName(child.relationship().name()));
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
                        for (Row childRow : set.inline()) {
                          write(g, childRow, child.query().projection());
                        }
                        g.writeEndArray();
                        g.writeEndObject();
                    }
                }
            }
        }
        g.writeEndObject();
    }

    private SerializableString encodedName(String name) {
        return encodedNames.computeIfAbsent(name, SerializedString::new);
    }

    private static String urlPrefix(ObjectDef type, String version) {
        return "/services/data/" + version + "/sobjects/" + type.name() + "/";
    }

    /** Writes one stored value: numbers as JSON numbers, dates {@code yyyy-MM-dd}, datetimes with {@code +0000}. */
    public static void value(JsonGenerator g, Object value) throws IOException {
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
