package dev.crosswalk.testkit.salesforce.rest;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.crosswalk.testkit.salesforce.data.ObjectTable;
import dev.crosswalk.testkit.salesforce.data.Row;
import dev.crosswalk.testkit.salesforce.http.ApiException;
import dev.crosswalk.testkit.salesforce.http.Call;
import dev.crosswalk.testkit.salesforce.http.Json;
import dev.crosswalk.testkit.salesforce.oauth.AccessSession;
import dev.crosswalk.testkit.salesforce.oauth.Platform;
import dev.crosswalk.testkit.salesforce.org.Org;
import dev.crosswalk.testkit.salesforce.query.AggregateEngine;
import dev.crosswalk.testkit.salesforce.query.BoundQuery;
import dev.crosswalk.testkit.salesforce.query.ChildSet;
import dev.crosswalk.testkit.salesforce.query.Projection;
import dev.crosswalk.testkit.salesforce.query.QueryBinder;
import dev.crosswalk.testkit.salesforce.query.QueryCursors;
import dev.crosswalk.testkit.salesforce.query.QueryEngine;
import dev.crosswalk.testkit.salesforce.query.RecordJson;
import dev.crosswalk.testkit.salesforce.query.RowResolver;
import dev.crosswalk.testkit.salesforce.soql.SoqlParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code query}, {@code queryAll} and query-more ({@code query/<locator>-<offset>}). */
public final class QueryEndpoints {

    static final int DEFAULT_BATCH_SIZE = 2000;
    static final int MIN_BATCH_SIZE = 200;
    private static final Pattern BATCH_SIZE = Pattern.compile("batchSize\\s*=\\s*(\\d+)", Pattern.CASE_INSENSITIVE);
    /** A first guess at a record's JSON size, so a page's buffer rarely grows. */
    private static final int EXPECTED_RECORD_BYTES = 512;
    private static final String VERSION = "/services/data/v(?<version>\\d+\\.\\d+)";

    private final Platform platform;
    private final RestGate gate;
    private final QueryCursors cursors = new QueryCursors();

    public QueryEndpoints(Platform platform, RestGate gate) {
        this.platform = platform;
        this.gate = gate;
    }

    public void register(Router router) {
        router.on("GET", VERSION + "/query/?", call -> query(call, false))
                .on("GET", VERSION + "/queryAll/?", call -> query(call, true))
                .on("GET", VERSION + "/query(All)?/(?<locator>01g[0-9A-Za-z]{15})-(?<offset>\\d+)", this::more);
    }

    private void query(Call call, boolean includeDeleted) throws IOException {
        AccessSession session = gate.admit(call);
        String soql = call.queryParam("q").orElseThrow(() -> new ApiException(400, "MALFORMED_QUERY",
                "A query string has to be specified"));
        Org org = session.org();
        BoundQuery query = compile(org, soql);
        String version = "v" + call.pathParam("version");
        if (query.isAggregate()) {
            writeAggregates(call, AggregateEngine.run(query, org, includeDeleted), query.aggregation());
            return;
        }
        QueryEngine.Result result = QueryEngine.run(query, org, includeDeleted);
        if (query.countOnly()) {
            writePage(call, version, org, query, result.totalSize(), new long[0], 0, 0, null, includeDeleted);
            return;
        }
        int batchSize = batchSize(call);
        writePage(call, version, org, query, result.totalSize(), result.numbers(), 0, batchSize, null, includeDeleted);
    }

    /** Parses and binds SOQL for an org; date literals use the org's today (UTC). */
    BoundQuery compile(Org org, String soql) {
        LocalDate today = LocalDate.ofInstant(platform.clock().instant(), ZoneOffset.UTC);
        return QueryBinder.bind(org.schema(), SoqlParser.parse(soql, today));
    }

    private void more(Call call) throws IOException {
        AccessSession session = gate.admit(call);
        QueryCursors.Cursor cursor = cursors.find(call.pathParam("locator"))
                .filter(c -> c.org() == session.org())
                .orElseThrow(() -> new ApiException(400, "INVALID_QUERY_LOCATOR", "invalid query locator"));
        int offset;
        try {
            offset = Integer.parseInt(call.pathParam("offset"));
        } catch (NumberFormatException e) {
            throw new ApiException(400, "INVALID_QUERY_LOCATOR", "invalid query locator");
        }
        if (offset > cursor.numbers().length) {
            throw new ApiException(400, "INVALID_QUERY_LOCATOR", "invalid query locator");
        }
        int batchSize = call.header("Sforce-Query-Options").isPresent() ? batchSize(call) : cursor.batchSize();
        writePage(call, "v" + call.pathParam("version"), cursor.org(), cursor.query(), cursor.numbers().length,
                cursor.numbers(), offset, batchSize, cursor, cursor.includeDeleted());
    }

    /** {@code Sforce-Query-Options: batchSize=N}, kept within the platform's 200–2,000. */
    static int batchSize(Call call) {
        return call.header("Sforce-Query-Options").map(BATCH_SIZE::matcher).filter(Matcher::find)
                .map(m -> {
                    try {
                        return Math.max(MIN_BATCH_SIZE, Math.min(DEFAULT_BATCH_SIZE, Integer.parseInt(m.group(1))));
                    } catch (NumberFormatException e) {
                        return DEFAULT_BATCH_SIZE;
                    }
                })
                .orElse(DEFAULT_BATCH_SIZE);
    }

    private void writePage(Call call, String version, Org org, BoundQuery query, long totalSize, long[] numbers, int offset,
            int batchSize, QueryCursors.Cursor cursor, boolean includeDeleted) throws IOException {
        int candidates = (int) Math.min((long) offset + batchSize, numbers.length);
        ObjectTable table = org.table(query.from());
        List<Row> page = new ArrayList<>(candidates - offset);
        for (int i = offset; i < candidates; i++) {
            table.row(numbers[i]).ifPresent(page::add);
        }
        Map<Projection.Children, Map<String, List<Row>>> allChildren = children(query, page, org, includeDeleted);
        Map<Projection.Children, Map<String, ChildSet>> childSets = new HashMap<>();
        int budget = batchSize;
        int taken = 0;
        for (Row parent : page) {
            if (budget <= 0 && taken > 0) {
                break;
            }
            budget--;
            taken++;
            for (Map.Entry<Projection.Children, Map<String, List<Row>>> column : allChildren.entrySet()) {
                List<Row> rows = column.getValue().getOrDefault(parent.id(), List.of());
                int inline = Math.min(rows.size(), Math.max(budget, 0));
                budget -= inline;
                String next = inline < rows.size() ? childCursorUrl(version, org, column.getKey(), rows, inline, includeDeleted) : null;
                childSets.computeIfAbsent(column.getKey(), k -> new HashMap<>())
                        .put(parent.id(), new ChildSet(rows.subList(0, inline), rows.size(), next));
            }
        }
        int end = offset + taken;
        if (!page.isEmpty() && end < numbers.length && cursor == null) {
            cursor = cursors.open(org, query, numbers, batchSize, includeDeleted);
        }
        RecordJson records = new RecordJson(version, new RowResolver(org), childSets);
        boolean done = end >= numbers.length;
        // a page is bounded by the batch size, so it is built in memory and sent with its length: the JDK server's
        // chunked stream writes 4 KB chunks and made pages about 1.5x slower (docs/performance.md)
        ByteArrayOutputStream body = new ByteArrayOutputStream(EXPECTED_RECORD_BYTES * Math.max(1, taken));
        try (JsonGenerator g = Json.FACTORY.createGenerator(body)) {
            g.writeStartObject();
            g.writeNumberField("totalSize", totalSize);
            g.writeBooleanField("done", done);
            if (!done) {
                g.writeStringField("nextRecordsUrl", "/services/data/" + version + "/query/" + cursor.locatorId() + "-" + end);
            }
            g.writeArrayFieldStart("records");
            for (Row row : page.subList(0, taken)) {
                records.write(g, row, query.projection());
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        call.send(200, "application/json;charset=UTF-8", body.toByteArray());
    }

    /** A cursor over one parent's children, for a child set that did not fit in the response. */
    private String childCursorUrl(String version, Org org, Projection.Children column, List<Row> rows, int offset,
            boolean includeDeleted) {
        long[] numbers = rows.stream().mapToLong(Row::number).toArray();
        QueryCursors.Cursor cursor = cursors.open(org, column.query(), numbers, DEFAULT_BATCH_SIZE, includeDeleted);
        return "/services/data/" + version + "/query/" + cursor.locatorId() + "-" + offset;
    }

    /** AggregateResult rows: {@code attributes} with the type only, then the columns by label; never more pages. */
    private static void writeAggregates(Call call, List<Object[]> rows, BoundQuery.Aggregation aggregation) throws IOException {
        try (OutputStream out = call.stream(200, "application/json;charset=UTF-8");
                JsonGenerator g = Json.FACTORY.createGenerator(out)) {
            g.writeStartObject();
            g.writeNumberField("totalSize", rows.size());
            g.writeBooleanField("done", true);
            g.writeArrayFieldStart("records");
            for (Object[] row : rows) {
                g.writeStartObject();
                g.writeObjectFieldStart("attributes");
                g.writeStringField("type", "AggregateResult");
                g.writeEndObject();
                for (int i = 0; i < row.length; i++) {
                    g.writeFieldName(aggregation.columns().get(i).label());
                    RecordJson.value(g, row[i]);
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static Map<Projection.Children, Map<String, List<Row>>> children(BoundQuery query, List<Row> page, Org org,
            boolean includeDeleted) {
        if (!query.hasSubqueries() || page.isEmpty()) {
            return Map.of();
        }
        Set<String> parentIds = new HashSet<>();
        page.forEach(row -> parentIds.add(row.id()));
        Map<Projection.Children, Map<String, List<Row>>> result = new HashMap<>();
        for (Projection.Column column : query.projection().columns()) {
            if (column instanceof Projection.Children child) {
                result.put(child, QueryEngine.children(child, parentIds, org, includeDeleted));
            }
        }
        return result;
    }
}
