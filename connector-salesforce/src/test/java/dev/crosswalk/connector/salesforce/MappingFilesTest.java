package dev.crosswalk.connector.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import com.dashjoin.jsonata.Jsonata;
import dev.crosswalk.core.domain.FieldFilter;
import dev.crosswalk.core.domain.ObjectSchema;
import dev.crosswalk.core.domain.UnifiedObject;
import dev.crosswalk.core.port.out.crm.MappingDocument;
import dev.crosswalk.testkit.salesforce.SalesforceEmulatorExtension;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The connector's mapping files: shipped for contacts, accounts and opportunities, in the plain form of
 * {@code docs/mappings.md}, reading only fields the org's Describe has; and the JSONata form of the contact in
 * {@code mappings/compat/}. Core compiles and runs the files; until its mapping engine lands, the compat mapping runs
 * here on plain JSONata, with the provider record (or the filters) under {@code response} (or {@code query}) and
 * stand-ins for the engine's functions. Once the engine lands, a test will run the compat mapping over emulator
 * records and compare it with the plain one.
 */
class MappingFilesTest {

    private static final Pattern PLAIN_PATH = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*){0,4}");
    private static final Pattern CONSTANT = Pattern.compile("'[^']*'");

    @RegisterExtension
    static final SalesforceEmulatorExtension SALESFORCE = SalesforceEmulatorExtension.builder().accounts(1).contacts(1)
            .build();

    @Test
    void shipsOneFileForEachUnifiedObjectNamedForErrorMessages() {
        assertThat(MappingFiles.load()).extracting(MappingDocument::object, MappingDocument::sourceName)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(UnifiedObject.CONTACT, "salesforce:mappings/contact.yaml"),
                        org.assertj.core.groups.Tuple.tuple(UnifiedObject.ACCOUNT, "salesforce:mappings/account.yaml"),
                        org.assertj.core.groups.Tuple.tuple(UnifiedObject.OPPORTUNITY,
                                "salesforce:mappings/opportunity.yaml"));
    }

    @Test
    void eachFileUsesOnlyTheFormatsKeysAndProducesOnlyItsObjectsUnifiedFields() {
        for (MappingDocument document : MappingFiles.load()) {
            Map<String, Object> yaml = yaml(document.text());

            assertThat(yaml.keySet()).as(document.sourceName())
                    .containsExactly("object", "custom_fields", "response", "query");
            assertThat(response(yaml).keySet()).as(document.sourceName())
                    .isSubsetOf(document.object().fields().keySet())
                    .contains(UnifiedObject.ID, UnifiedObject.CREATED_AT, UnifiedObject.UPDATED_AT);
            assertThat(yaml.get("custom_fields")).isEqualTo("__c$");
        }
    }

    @Test
    void everyFieldAFileReadsExistsInTheOrgsDescribe() {
        try (EmulatorConnection salesforce = EmulatorConnection.to(SALESFORCE.emulator())) {
            for (MappingDocument document : MappingFiles.load()) {
                Map<String, Object> yaml = yaml(document.text());
                ObjectSchema object = salesforce.connector.schema()
                        .describe(salesforce.connection, (String) yaml.get("object")).orElseThrow();
                List<String> read = new ArrayList<>();
                collectPaths(yaml.get("response"), read);
                collectPaths(yaml.get("query"), read);

                assertThat(read).as(document.sourceName()).isNotEmpty()
                        .allSatisfy(field -> assertThat(object.field(field)).as(document.sourceName() + ": " + field)
                                .isPresent());
            }
        }
    }

    @Test
    void theContactFileReadsEmailPhonesAndTheAccountAndFiltersByEmail() {
        Map<String, Object> contact = yaml(MappingFiles.load().get(0).text());

        assertThat(contact.get("object")).isEqualTo("Contact");
        assertThat(response(contact)).containsEntry("first_name", "FirstName").containsEntry("name", "Name")
                .containsEntry("account", Map.of("id", "AccountId"))
                .containsEntry("email_addresses", List.of(Map.of("email", "Email", "type", "'work'")))
                .containsEntry("phone_numbers", List.of(Map.of("number", "Phone", "type", "'work'"),
                        Map.of("number", "MobilePhone", "type", "'mobile'")));
        assertThat(yamlMap(contact.get("query"))).containsEntry("email", "Email").containsEntry("account_id",
                "AccountId");
    }

    @Test
    void theCompatContactMapsARecordTheWayThePlainFileDoes() {
        Map<String, Object> compat = yaml(resource("mappings/compat/contact.yaml"));
        assertThat(compat.keySet()).containsExactly("object", "response_mapping", "query_mapping");
        Jsonata mapping = Jsonata.jsonata((String) compat.get("response_mapping"));
        mapping.registerFunction("removeEmptyItems", (List<Object> items) -> items.stream()
                .filter(MappingFilesTest::notEmpty).toList());
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("Id", "003000000000001AAA");
        record.put("FirstName", null);
        record.put("LastName", "Garcia");
        record.put("AccountId", "001000000000001AAA");
        record.put("Email", "l.garcia@example.com");
        record.put("Phone", "+1 555 0100");
        record.put("MobilePhone", null);
        record.put("CreatedDate", "2024-05-01T10:00:00.000+0000");
        record.put("LTV_Score__c", 12.5);
        record.put("Internal_ID__c", null);
        @SuppressWarnings("unchecked")
        Map<String, Object> contact = (Map<String, Object>) mapping.evaluate(Map.of("response", record));

        assertThat(contact).containsEntry("id", "003000000000001AAA").containsEntry("name", "Garcia")
                .containsEntry("account", Map.of("id", "001000000000001AAA"))
                .containsEntry("custom_fields", Map.of("LTV_Score__c", 12.5));
        assertThat(contact.get("email_addresses")).isEqualTo(List.of(Map.of("email", "l.garcia@example.com",
                "type", "work")));
        assertThat(contact.get("phone_numbers")).isEqualTo(List.of(Map.of("number", "+1 555 0100", "type", "work")));

        record.put("FirstName", "Lucia");
        record.put("Email", null);
        record.put("MobilePhone", "+1 555 0199");
        @SuppressWarnings("unchecked")
        Map<String, Object> other = (Map<String, Object>) mapping.evaluate(Map.of("response", record));
        assertThat(other).containsEntry("name", "Lucia Garcia").containsEntry("email_addresses", List.of());
        assertThat(other.get("phone_numbers")).isEqualTo(List.of(Map.of("number", "+1 555 0100", "type", "work"),
                Map.of("number", "+1 555 0199", "type", "mobile")));
    }

    @Test
    void theCompatContactBuildsItsWhereClauseWithTheConnectorsDialect() {
        Map<String, Object> compat = yaml(resource("mappings/compat/contact.yaml"));
        Jsonata mapping = Jsonata.jsonata((String) compat.get("query_mapping"));
        mapping.registerFunction("firstNonEmpty", Jsonata.function("firstNonEmpty",
                (Jsonata.FnVarArgs<Object>) arguments -> arguments.stream()
                        .filter(MappingFilesTest::notEmpty).findFirst().orElse(null),
                null));
        mapping.registerFunction("convertQueryToSql", Jsonata.function("convertQueryToSql",
                (Jsonata.Fn3<Map<String, Object>, List<String>, Map<String, String>, String>) (query, allowed, fields) ->
                        new SoqlDialect().where(query.entrySet().stream()
                                .filter(filter -> allowed.contains(filter.getKey()))
                                .map(filter -> FieldFilter.equalTo(fields.get(filter.getKey()), filter.getValue()))
                                .toList()),
                null));
        Map<String, Object> query = Map.of("email_address", "o'hara@example.com", "account_id", "001000000000001AAA");

        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) mapping.evaluate(Map.of("query", query));

        assertThat(result.get("where")).isEqualTo("Email = 'o\\'hara@example.com' AND AccountId = '001000000000001AAA'");
    }

    /** JSONata's null arrives as {@link Jsonata#NULL_VALUE}, an absent value as {@code null}. */
    private static boolean notEmpty(Object value) {
        return value != null && value != Jsonata.NULL_VALUE && !"".equals(value)
                && !(value instanceof List<?> list && list.isEmpty()) && !(value instanceof Map<?, ?> map && map.isEmpty());
    }

    private static void collectPaths(Object expression, List<String> paths) {
        switch (expression) {
            case String text when PLAIN_PATH.matcher(text).matches() -> paths.add(text);
            case String text when CONSTANT.matcher(text).matches() -> { }
            case Map<?, ?> map -> map.values().forEach(value -> collectPaths(value, paths));
            case List<?> list -> list.forEach(value -> collectPaths(value, paths));
            default -> throw new AssertionError("not a plain path, constant, object or list: " + expression);
        }
    }

    private static Map<String, Object> yaml(String text) {
        return yamlMap(new Load(LoadSettings.builder().build()).loadFromString(text));
    }

    private static Map<String, Object> response(Map<String, Object> yaml) {
        return yamlMap(yaml.get("response"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> yamlMap(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    private static String resource(String name) {
        try (InputStream in = MappingFiles.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new AssertionError(unreadable);
        }
    }
}
