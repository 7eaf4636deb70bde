package dev.crosswalk.testkit.salesforce.rest;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.crosswalk.testkit.salesforce.data.FieldDef;
import dev.crosswalk.testkit.salesforce.data.FieldType;
import dev.crosswalk.testkit.salesforce.data.Row;
import dev.crosswalk.testkit.salesforce.http.ApiException;
import dev.crosswalk.testkit.salesforce.http.ApiVersions;
import dev.crosswalk.testkit.salesforce.http.Call;
import dev.crosswalk.testkit.salesforce.http.Json;
import dev.crosswalk.testkit.salesforce.oauth.AccessSession;
import dev.crosswalk.testkit.salesforce.org.Org;
import dev.crosswalk.testkit.salesforce.query.BoundQuery;
import dev.crosswalk.testkit.salesforce.query.QueryEngine;
import dev.crosswalk.testkit.salesforce.query.RecordJson;
import dev.crosswalk.testkit.salesforce.query.RowResolver;
import dev.crosswalk.testkit.salesforce.soql.SoqlErrors;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * SOSL: {@code GET /search?q=FIND {...} ...}, answered as {@code {"searchRecords":[...]}} from API 37.0 and as a bare
 * array before.
 */
public final class SearchEndpoint {

    /** The first API version whose results are wrapped in {@code searchRecords}. */
    private static final int SEARCH_RECORDS_SINCE = 37;

    private final RestGate gate;
    private final QueryEndpoints queries;

    public SearchEndpoint(RestGate gate, QueryEndpoints queries) {
        this.gate = gate;
        this.queries = queries;
    }

    public void register(Router router) {
        router.on("GET", "/services/data/v(?<version>\\d+\\.\\d+)/search/?", this::search);
    }

    private void search(Call call) throws IOException {
        AccessSession session = gate.admit(call);
        Org org = session.org();
        SoslSearch search = SoslSearch.parse(call.queryParam("q").orElse(""));
        List<String> statements = search.returning();
        if (statements.isEmpty()) {
            statements = org.schema().objects().stream().filter(o -> !o.name().equals("User"))
                    .map(o -> "SELECT Id FROM " + o.name()).toList();
        }
        RowResolver resolver = new RowResolver(org);
        RecordJson json = new RecordJson(SObjectEndpoints.version(call), resolver, Map.of());
        boolean wrapped = ApiVersions.major(call.pathParam("version")) >= SEARCH_RECORDS_SINCE;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int remaining = search.limit();
        try (JsonGenerator g = Json.FACTORY.createGenerator(bytes)) {
            if (wrapped) {
                g.writeStartObject();
                g.writeArrayFieldStart("searchRecords");
            } else {
                g.writeStartArray();
            }
            for (String soql : statements) {
                BoundQuery query = bind(org, soql);
                List<Row> hits = new ArrayList<>();
                for (Iterator<Row> rows = org.table(query.from()).scan(false); rows.hasNext();) {
                    Row row = rows.next();
                    if (search.matches(searchable(row, search.scope()))) {
                        hits.add(row);
                    }
                }
                for (Row row : QueryEngine.select(query, hits.iterator(), resolver)) {
                    if (remaining-- <= 0) {
                        break;
                    }
                    json.write(g, row, query.projection());
                }
            }
            g.writeEndArray();
            if (wrapped) {
                g.writeEndObject();
            }
        }
        call.send(200, "application/json;charset=UTF-8", bytes.toByteArray());
    }

    /**
     * Binds the SOQL made from a RETURNING clause. The client never wrote that SOQL, so an error keeps only its reason
     * (no statement and pointer), and a syntax error is the search's own MALFORMED_SEARCH.
     */
    private BoundQuery bind(Org org, String soql) {
        try {
            return queries.compile(org, soql);
        } catch (ApiException e) {
            String errorCode = e.errorCode().equals("MALFORMED_QUERY") ? "MALFORMED_SEARCH" : e.errorCode();
            throw new ApiException(e.status(), errorCode, SoqlErrors.reason(e.getMessage()));
        }
    }

    /** The texts SOSL looks at for a scope: names, e-mails, phones, or every text field. */
    private static List<String> searchable(Row row, String scope) {
        List<String> texts = new ArrayList<>();
        for (FieldDef field : row.type().fields()) {
            Object value = row.get(field);
            if (!(value instanceof String text) || field.type() == FieldType.ID || field.type() == FieldType.REFERENCE) {
                continue;
            }
            boolean inScope = switch (scope) {
                case "NAME" -> field.nameField() || field.name().endsWith("Name") || field.name().equals("Company");
                case "EMAIL" -> field.type() == FieldType.EMAIL;
                case "PHONE" -> field.type() == FieldType.PHONE;
                default -> true;
            };
            if (inScope) {
                texts.add(text);
            }
        }
        return texts;
    }
}
