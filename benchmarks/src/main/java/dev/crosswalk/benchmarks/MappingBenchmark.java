package dev.crosswalk.benchmarks;

import dev.crosswalk.core.domain.FieldSchema;
import dev.crosswalk.core.domain.FieldType;
import dev.crosswalk.core.domain.ObjectSchema;
import dev.crosswalk.core.domain.ProviderRecord;
import dev.crosswalk.core.domain.UnifiedObject;
import dev.crosswalk.core.port.out.crm.MappingDocument;
import dev.crosswalk.core.toolkit.mapping.ReadPlan;
import dev.crosswalk.core.toolkit.mapping.SchemaLookup;
import dev.crosswalk.core.toolkit.mapping.UnifiedMapping;
import dev.crosswalk.core.toolkit.mapping.UnifiedRecords;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * JMH: records per second through the mapping engine, on one thread, over {@value #RECORDS} distinct Salesforce-shaped
 * contacts (17 fields). {@code compiledContact}: a default contact mapping of eleven unified fields (paths, constants,
 * an object, two lists) plus custom fields, mapped through {@link ReadPlan#map} without JSONata (target: 1,000,000/s).
 * {@code jsonataContact}: the hosted-API-compatible {@code response_mapping} ({@code $join}, {@code $filter},
 * {@code $sift}, a regular expression). {@code typedContact}: the compiled map turned into a {@code Contact}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgs = {"-Xmx512m"})
public class MappingBenchmark {

    static final int RECORDS = 1000;

    static final String DEFAULT_CONTACT = """
            object: Contact
            custom_fields: '__c$'
            response:
              id: Id
              first_name: FirstName
              last_name: LastName
              name: Name
              title: Title
              account:
                id: AccountId
              email_addresses:
                - email: Email
                  type: "'work'"
              phone_numbers:
                - { number: Phone, type: "'work'" }
                - { number: MobilePhone, type: "'mobile'" }
              created_at: CreatedDate
              updated_at: LastModifiedDate
            query:
              email: Email
            """;

    static final String COMPATIBLE_CONTACT = """
            object: Contact
            response_mapping: |
              response.{
                "id": Id, "first_name": FirstName, "last_name": LastName,
                "name": $join($removeEmptyItems([FirstName, LastName]), " "),
                "account": { "id": AccountId },
                "email_addresses": [{ "email": Email, "type": "primary" }],
                "phone_numbers": $filter([{ "number": Phone, "type": "work" },
                                          { "number": MobilePhone, "type": "mobile" }],
                                         function($v) { $boolean($v.number) }),
                "created_at": CreatedDate, "updated_at": LastModifiedDate,
                "custom_fields": $sift($, function($v, $k) { $k ~> /__c$/i and $boolean($v) })
              }
            """;

    private static final ObjectSchema CONTACT = ObjectSchema.builder("Contact")
            .field(field("Id", FieldType.ID)).field(field("FirstName", FieldType.STRING))
            .field(field("LastName", FieldType.STRING)).field(field("Name", FieldType.STRING))
            .field(field("Title", FieldType.STRING))
            .field(FieldSchema.builder("AccountId", FieldType.REFERENCE).reference("Account", List.of("Account"))
                    .build())
            .field(field("Email", FieldType.EMAIL)).field(field("Phone", FieldType.PHONE))
            .field(field("MobilePhone", FieldType.PHONE)).field(field("Department", FieldType.STRING))
            .field(field("LeadSource", FieldType.PICKLIST)).field(field("CreatedDate", FieldType.DATETIME))
            .field(field("LastModifiedDate", FieldType.DATETIME)).field(field("IsDeleted", FieldType.BOOLEAN))
            .field(field("LTV_Score__c", FieldType.DOUBLE)).field(field("Internal_ID__c", FieldType.STRING))
            .field(field("Preferred_Channel__c", FieldType.PICKLIST))
            .build();

    private ReadPlan compiled;
    private ReadPlan jsonata;
    private final ProviderRecord[] records = new ProviderRecord[RECORDS];
    private final List<Map<String, Object>> mapped = new ArrayList<>();

    private static FieldSchema field(String name, FieldType type) {
        return FieldSchema.builder(name, type).build();
    }

    @Setup
    public void prepare() {
        SchemaLookup schemas = name -> name.equals("Contact") ? Optional.of(CONTACT) : Optional.empty();
        compiled = UnifiedMapping.compile(MappingDocument.of(UnifiedObject.CONTACT, "bench:contact.yaml",
                DEFAULT_CONTACT)).plan(schemas, Set.of());
        jsonata = UnifiedMapping.compile(MappingDocument.of(UnifiedObject.CONTACT, "bench:compat.yaml",
                COMPATIBLE_CONTACT)).plan(schemas, Set.of());
        if (!compiled.compiled() || jsonata.compiled()) {
            throw new IllegalStateException("the default mapping must compile, the compatible one needs JSONata");
        }
        for (int i = 0; i < RECORDS; i++) {
            String id = String.format("003Dn%010dIAE", i);
            records[i] = ProviderRecord.builder("Contact", id)
                    .field("Id", id).field("FirstName", "Grace").field("LastName", "Goldwasser" + i)
                    .field("Name", "Grace Goldwasser" + i).field("Title", i % 3 == 0 ? null : "Engineer")
                    .field("AccountId", "001Dn0000000042IAR")
                    .field("Email", "grace.goldwasser" + i + "@tyrell.example.com")
                    .field("Phone", "(351) 555-6271").field("MobilePhone", i % 2 == 0 ? null : "(351) 555-0000")
                    .field("Department", "R&D").field("LeadSource", "Web")
                    .field("CreatedDate", "2025-03-04T05:06:07.000+0000")
                    .field("LastModifiedDate", "2025-03-05T05:06:07.000+0000").field("IsDeleted", false)
                    .field("LTV_Score__c", 12.5 + i).field("Internal_ID__c", i % 5 == 0 ? "" : "X-" + i)
                    .field("Preferred_Channel__c", null)
                    .build();
            mapped.add(compiled.map(records[i]));
        }
    }

    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public void compiledContact(Blackhole sink) {
        for (ProviderRecord record : records) {
            sink.consume(compiled.map(record));
        }
    }

    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public void jsonataContact(Blackhole sink) {
        for (ProviderRecord record : records) {
            sink.consume(jsonata.map(record));
        }
    }

    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public void typedContact(Blackhole sink) {
        for (Map<String, Object> unified : mapped) {
            sink.consume(UnifiedRecords.toRecord(UnifiedObject.CONTACT, unified, false));
        }
    }
}
