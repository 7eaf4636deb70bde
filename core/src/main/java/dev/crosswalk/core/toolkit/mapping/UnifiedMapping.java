package dev.crosswalk.core.toolkit.mapping;

import dev.crosswalk.core.domain.UnifiedObject;
import dev.crosswalk.core.port.out.crm.MappingDocument;
import dev.crosswalk.core.port.out.crm.QueryDialect;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The compiled mapping of one unified object: a connector's mapping file with any overrides layered on it, in the
 * format {@code docs/mappings.md} describes. It checks itself against a connection's schema ({@link #validate}),
 * plans reads ({@link #plan}) and turns unified filters into provider conditions ({@link #translate}). Plain paths and
 * constants compile to direct accessors; JSONata is evaluated per thread, bounded in time and depth. Immutable and
 * thread-safe.
 *
 * @since 0.1
 */
public final class UnifiedMapping {

    private final UnifiedObject object;
    private final List<MappingLayer> layers;
    private final ResponseProgram response;
    private final QueryProgram query;

    private UnifiedMapping(UnifiedObject object, List<MappingLayer> layers) {
        this.object = object;
        this.layers = List.copyOf(layers);
        this.response = ResponseProgram.of(this.layers);
        this.query = QueryProgram.of(object, this.layers);
    }

    /**
     * @param connectorFile a connector's mapping file; never {@code null}
     * @return the compiled mapping
     * @throws MappingException for the first problem of the file (its name, line, column and why)
     */
    public static UnifiedMapping compile(MappingDocument connectorFile) {
        Objects.requireNonNull(connectorFile, "connectorFile");
        Problems problems = new Problems();
        MappingLayer layer = MappingParser.parse(connectorFile.sourceName(), connectorFile.text(), false, problems);
        problems.throwFirst();
        return new UnifiedMapping(connectorFile.object(), List.of(layer));
    }

    /**
     * Layers an override on this mapping: its {@code response} entries replace or add fields (objects are merged key
     * by key), its {@code response_mapping} is merged over the result key by key, {@code query} and
     * {@code query_mapping} likewise, its {@code custom_fields} replaces the pattern. Layer the tenant's override
     * first, then the connection's.
     *
     * @param sourceName the override's name for messages (e.g. {@code override:tenant/contact}); never {@code null}
     * @param overrideDocument the override's YAML or JSON text; never {@code null}
     * @return a new mapping; this one is unchanged
     * @throws MappingException for the first problem of the override
     */
    public UnifiedMapping withOverride(String sourceName, String overrideDocument) {
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(overrideDocument, "overrideDocument");
        Problems problems = new Problems();
        MappingLayer layer = MappingParser.parse(sourceName, overrideDocument, true, problems);
        problems.throwFirst();
        List<MappingLayer> layered = new ArrayList<>(layers);
        layered.add(layer);
        return new UnifiedMapping(object, layered);
    }

    /**
     * Reads an override and reports every problem it has on its own (syntax, keys, kinds, regular expressions,
     * JSONata syntax, path depth), without a schema.
     *
     * @param sourceName the override's name for messages; never {@code null}
     * @param overrideDocument the override's YAML or JSON text; never {@code null}
     * @return every problem, each {@code source:line:column: reason}; empty when it reads well
     */
    public static List<String> problemsIn(String sourceName, String overrideDocument) {
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(overrideDocument, "overrideDocument");
        Problems problems = new Problems();
        MappingParser.parse(sourceName, overrideDocument, true, problems);
        return problems.messages();
    }

    /**
     * Reads a connector's mapping file and reports every problem it has on its own, as {@link #problemsIn} does for
     * an override (a connector's file must name its {@code object}).
     *
     * @param sourceName the file's name for messages; never {@code null}
     * @param connectorFile the file's YAML or JSON text; never {@code null}
     * @return every problem, each {@code source:line:column: reason}; empty when it reads well
     */
    public static List<String> problemsInConnectorFile(String sourceName, String connectorFile) {
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(connectorFile, "connectorFile");
        Problems problems = new Problems();
        MappingParser.parse(sourceName, connectorFile, false, problems);
        return problems.messages();
    }

    /** @return the unified object this mapping produces; never {@code null} */
    public UnifiedObject object() {
        return object;
    }

    /** @return the provider object it reads, as the connector's file names it; never {@code null} */
    public String providerObject() {
        return layers.get(0).object();
    }

    /**
     * @return the unified filter names this mapping accepts: the {@code query} keys plus those the
     *     {@code query_mapping}s read; never {@code null}
     */
    public Set<String> filterNames() {
        return query.filterNames();
    }

    /**
     * @return the unified fields a client may ask for by name: the object's own fields and those the {@code response}
     *     layers add (a whole {@code response_mapping}'s further keys are known only per record); never {@code null}
     */
    public Set<String> fieldNames() {
        Set<String> known = new LinkedHashSet<>(object.fields().keySet());
        known.addAll(response.staticFields());
        return known;
    }

    /** @return whether mapping a record evaluates no JSONata at all (only paths and constants) */
    public boolean compiledResponse() {
        return response.compiled();
    }

    /**
     * Checks this mapping against a connection's schema: every field a path or JSONata expression reads exists with
     * the schema's spelling, relationship paths follow real relationships within five levels, every unified field gets
     * a value of a fitting type, and the query side's provider fields exist. JSONata is checked by evaluating it on a
     * sample record built from the schema.
     *
     * @param schemas the connection's schemas; never {@code null}
     * @return every problem, each {@code source:line:column: reason}; empty when the mapping is valid. Never throws
     *     for a problem of the mapping; what {@code schemas} throws when a describe fails is rethrown
     */
    public List<String> validate(SchemaLookup schemas) {
        Objects.requireNonNull(schemas, "schemas");
        try {
            return MappingValidator.validate(this, schemas);
        } catch (ProbeLog.LookupFailed failed) {
            throw (RuntimeException) failed.getCause();
        }
    }

    /**
     * @param schemas the connection's schemas; never {@code null}
     * @param unifiedFields the unified fields wanted; empty for all. {@code id} is always planned
     * @return what to read and how to map it
     * @throws IllegalArgumentException for a field the mapping cannot produce (checked when it has no
     *     {@code response_mapping}, whose output is known only per record)
     * @throws RuntimeException what {@code schemas} throws when a describe fails: the plan is not made without it
     */
    public ReadPlan plan(SchemaLookup schemas, Set<String> unifiedFields) {
        Objects.requireNonNull(schemas, "schemas");
        Objects.requireNonNull(unifiedFields, "unifiedFields");
        ResponseProgram program = response;
        if (!unifiedFields.isEmpty()) {
            Set<String> wanted = new LinkedHashSet<>(unifiedFields);
            wanted.add(UnifiedObject.ID);
            refuseUnknown(wanted);
            program = response.select(wanted);
        }
        try {
            return ReadPlanner.plan(providerObject(), program, schemas);
        } catch (ProbeLog.LookupFailed failed) {
            throw (RuntimeException) failed.getCause();
        }
    }

    private void refuseUnknown(Set<String> wanted) {
        if (response.hasMappingSteps()) {
            return;
        }
        Set<String> known = fieldNames();
        for (String field : wanted) {
            if (!known.contains(field)) {
                throw new IllegalArgumentException("unknown field '" + field + "' for " + object.plural()
                        + "; expected one of " + String.join(", ", known));
            }
        }
    }

    /**
     * @param filters unified filter names to their values (one value: equality; several: any of them); never
     *     {@code null}
     * @param dialectOrNull the connector's query language, for the text {@code $convertQueryToSql} shows the mapping;
     *     {@code null} for a neutral SQL rendering
     * @return the provider conditions and search term
     * @throws InvalidFilterValueException for a filter name the mapping does not accept or a value it refuses (e.g.
     *     text for a number): the client's mistake
     * @throws MappingEvaluationException when a query mapping fails, or produces a {@code where} that is not the
     *     unchanged result of {@code $convertQueryToSql}: the mapping's mistake
     */
    public QueryTranslation translate(Map<String, List<String>> filters, QueryDialect dialectOrNull) {
        return query.translate(Objects.requireNonNull(filters, "filters"), dialectOrNull);
    }

    ResponseProgram responseProgram() {
        return response;
    }

    QueryProgram queryProgram() {
        return query;
    }

    Position objectPosition() {
        return layers.get(0).objectPosition();
    }

    @Override
    public String toString() {
        return "UnifiedMapping[" + object.singular() + " from " + providerObject() + ", " + layers.size() + " layer"
                + (layers.size() == 1 ? "" : "s") + "]";
    }
}
