package dev.crosswalk.core.port.out.crm;

import dev.crosswalk.core.domain.UnifiedObject;
import java.util.Objects;

/**
 * One of a connector's mapping files: how provider records become one unified object, as YAML (or JSON) text in the
 * format {@code docs/mappings.md} describes. Hosts compile it when the connector starts and refuse a broken file
 * with its name, line and column. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class MappingDocument {

    private final UnifiedObject object;
    private final String sourceName;
    private final String text;

    private MappingDocument(UnifiedObject object, String sourceName, String text) {
        this.object = Objects.requireNonNull(object, "object");
        this.sourceName = Objects.requireNonNull(sourceName, "sourceName");
        this.text = Objects.requireNonNull(text, "text");
    }

    /**
     * @param object the unified object it produces; never {@code null}
     * @param sourceName where the text came from, for error messages (e.g. {@code salesforce:mappings/contact.yaml});
     *     never {@code null}
     * @param text the document; never {@code null}
     * @return the document
     */
    public static MappingDocument of(UnifiedObject object, String sourceName, String text) {
        return new MappingDocument(object, sourceName, text);
    }

    /** @return the unified object it produces; never {@code null} */
    public UnifiedObject object() {
        return object;
    }

    /** @return where the text came from; never {@code null} */
    public String sourceName() {
        return sourceName;
    }

    /** @return the document text; never {@code null} */
    public String text() {
        return text;
    }

    @Override
    public String toString() {
        return "MappingDocument[" + object.singular() + " from " + sourceName + "]";
    }
}
