package dev.crosswalk.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosswalk.core.domain.Account;
import dev.crosswalk.core.domain.Contact;
import dev.crosswalk.core.domain.UnifiedObject;
import dev.crosswalk.core.domain.UnifiedRecord;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UnifiedRecordJsonTest {

    private final ObjectMapper mapper = Replies.mapper();

    @Test
    void writesEveryFieldOfEveryUnifiedObjectFromAFullRecordInTheModelsOrder() throws IOException {
        Map<UnifiedObject, UnifiedRecord> full = Map.of(
                UnifiedObject.CONTACT, FakeCrm.ada(),
                UnifiedObject.ACCOUNT, FakeCrm.engines(),
                UnifiedObject.OPPORTUNITY, FakeCrm.difference());

        for (UnifiedObject object : UnifiedObject.values()) {
            JsonNode json = written(object, full.get(object), List.of());

            List<String> names = new ArrayList<>();
            json.fieldNames().forEachRemaining(names::add);
            assertThat(names).as("%s", object).startsWith(object.fields().keySet().toArray(String[]::new));
            object.fields().keySet().forEach(field ->
                    assertThat(json.get(field).isNull()).as("%s.%s", object.singular(), field).isFalse());
        }
    }

    @Test
    void letsAnAdditionalFieldNeverReplaceAUnifiedOneEvenWhenOnlyOthersAreAskedFor() throws IOException {
        UnifiedRecord clash = Account.builder("001X").name("Real")
                .additionalFields(Map.of("name", "Fake", "remote_was_deleted", "yes")).build();

        JsonNode all = written(UnifiedObject.ACCOUNT, clash, List.of());
        JsonNode some = written(UnifiedObject.ACCOUNT, clash, List.of("website", "name"));
        JsonNode none = written(UnifiedObject.ACCOUNT, clash, List.of("website"));

        assertThat(all.get("name").asText()).isEqualTo("Real");
        assertThat(all.get("remote_was_deleted").asBoolean()).isFalse();
        assertThat(some.get("name").asText()).isEqualTo("Real");
        assertThat(none.has("name")).isFalse();
        assertThat(none.get("remote_was_deleted").isBoolean()).isTrue();
    }

    @Test
    void writesCustomAndAdditionalValuesExactlyAsTheApisMapperWould() throws IOException {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("text", "a \"quoted\" ü");
        values.put("missing", null);
        values.put("flag", true);
        values.put("count", 42);
        values.put("big", 12_345_678_901L);
        values.put("decimal", new BigDecimal("1E+3"));
        values.put("ratio", 0.25);
        values.put("at", Instant.parse("2026-12-05T10:15:30.120Z"));
        values.put("day", LocalDate.of(2026, 12, 5));
        values.put("address", Map.of("city", "Paris"));
        values.put("tags", List.of("a", 1, false));
        values.put("other", java.util.UUID.fromString("00000000-0000-0000-0000-000000000001"));
        UnifiedRecord record = Contact.builder("003X").customFields(values).additionalFields(Map.of("extra", values))
                .build();

        JsonNode json = written(UnifiedObject.CONTACT, record, List.of());

        JsonNode expected = mapper.readTree(mapper.writeValueAsString(values));
        assertThat(mapper.writeValueAsString(json.get("custom_fields"))).isEqualTo(mapper.writeValueAsString(expected));
        assertThat(json.get("custom_fields").get("decimal").asText()).isEqualTo("1000");
        assertThat(json.get("extra")).isEqualTo(json.get("custom_fields"));
    }

    private JsonNode written(UnifiedObject object, UnifiedRecord record, List<String> fields) throws IOException {
        StringWriter text = new StringWriter();
        try (JsonGenerator out = mapper.createGenerator(text)) {
            UnifiedRecordJson.write(out, object, record, fields);
        }
        return mapper.readTree(text.toString());
    }
}
