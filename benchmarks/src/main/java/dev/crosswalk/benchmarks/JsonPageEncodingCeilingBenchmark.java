package dev.crosswalk.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH: the JSON-encoding ceiling under {@link RestQueryPageBenchmark}. Jackson's streaming generator writes one REST
 * page of 2,000 Contacts with the same 8 fields from strings prepared in advance, so ops/s is the page rate one core
 * could reach if generating records and moving bytes cost nothing.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgs = {"-Xmx512m"})
public class JsonPageEncodingCeilingBenchmark {

    private static final int RECORDS = 2000;
    private static final String[] FIELDS = {"Id", "FirstName", "LastName", "Email", "Phone", "AccountId", "CreatedDate"};

    private final JsonFactory factory = new JsonFactory();
    private final SerializableString[] names = new SerializableString[FIELDS.length];
    private final String[][] records = new String[RECORDS][];
    private final String[] urls = new String[RECORDS];

    @Setup
    public void prepare() {
        for (int f = 0; f < FIELDS.length; f++) {
            names[f] = new SerializedString(FIELDS[f]);
        }
        for (int i = 0; i < RECORDS; i++) {
            String id = String.format("003Dn%010dIAE", i);
            urls[i] = "/services/data/v62.0/sobjects/Contact/" + id;
            records[i] = new String[] {id, "Grace", "Goldwasser", "grace.goldwasser" + (i + 1) + "@tyrell.example.com",
                "(351) 555-6271", "001Dn0000000042IAR", "2025-03-04T05:06:07.000+0000"};
        }
    }

    @Benchmark
    public int page() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        try (JsonGenerator g = factory.createGenerator(out)) {
            g.writeStartObject();
            g.writeNumberField("totalSize", 1_000_000);
            g.writeBooleanField("done", false);
            g.writeStringField("nextRecordsUrl", "/services/data/v62.0/query/01gDn0000000001IAA-2000");
            g.writeArrayFieldStart("records");
            for (int i = 0; i < RECORDS; i++) {
                g.writeStartObject();
                g.writeObjectFieldStart("attributes");
                g.writeStringField("type", "Contact");
                g.writeStringField("url", urls[i]);
                g.writeEndObject();
                for (int f = 0; f < FIELDS.length - 1; f++) {
                    g.writeFieldName(names[f]);
                    g.writeString(records[i][f]);
                }
                g.writeNumberField("LTV_Score__c", 512.37);
                g.writeFieldName(names[FIELDS.length - 1]);
                g.writeString(records[i][FIELDS.length - 1]);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        return out.size();
    }
}
