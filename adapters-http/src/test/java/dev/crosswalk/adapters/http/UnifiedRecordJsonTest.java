package dev.crosswalk.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswalk.core.domain.Account;
import dev.crosswalk.core.domain.UnifiedObject;
import dev.crosswalk.core.domain.UnifiedRecord;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UnifiedRecordJsonTest {

    @Test
    void writesEveryFieldOfEveryUnifiedObjectFromAFullRecordInTheModelsOrder() {
        Map<UnifiedObject, UnifiedRecord> full = Map.of(
                UnifiedObject.CONTACT, FakeCrm.ada(),
                UnifiedObject.ACCOUNT, FakeCrm.engines(),
                UnifiedObject.OPPORTUNITY, FakeCrm.difference());

        for (UnifiedObject object : UnifiedObject.values()) {
            Map<String, Object> json = UnifiedRecordJson.of(object, full.get(object), List.of());

            assertThat(json.keySet()).as("%s", object).startsWith(object.fields().keySet().toArray(String[]::new));
            object.fields().keySet().forEach(field ->
                    assertThat(json.get(field)).as("%s.%s", object.singular(), field).isNotNull());
        }
    }

    @Test
    void letsAnAdditionalFieldNeverReplaceAUnifiedOne() {
        UnifiedRecord clash = Account.builder("001X").name("Real")
                .additionalFields(Map.of("name", "Fake", "remote_was_deleted", "yes")).build();

        Map<String, Object> json = UnifiedRecordJson.of(UnifiedObject.ACCOUNT, clash, List.of());

        assertThat(json.get("name")).isEqualTo("Real");
        assertThat(json.get("remote_was_deleted")).isEqualTo(false);
    }
}
