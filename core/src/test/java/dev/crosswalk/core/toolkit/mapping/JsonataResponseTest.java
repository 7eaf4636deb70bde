package dev.crosswalk.core.toolkit.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosswalk.core.domain.ProviderRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class JsonataResponseTest {

    private static Map<String, Object> map(UnifiedMapping mapping, ProviderRecord record) {
        return mapping.plan(name -> Optional.empty(), Set.of()).map(record);
    }

    @Test
    void bindsTheRecordAsResponseAndAsTheContext() {
        UnifiedMapping mapping = Fixtures.contacts("""
                response:
                  id: Id
                  bound: response.FirstName & ' ' & LastName
                  keys: $count($keys($))
                  own: $count($keys(response))
                """);

        Map<String, Object> unified = map(mapping, Fixtures.contact("003A"));

        int fields = Fixtures.contactFields("003A").size();
        assertThat(unified).containsEntry("bound", "Ada Lovelace").containsEntry("keys", fields)
                .containsEntry("own", fields);
    }

    @Test
    void mergesAResponseMappingOverThePerFieldResultKeyByKey() {
        UnifiedMapping mapping = Fixtures.contacts("""
                response:
                  id: Id
                  name: Name
                  title: Title
                response_mapping: |
                  { "name": $uppercase(LastName), "lifetime_value": LTV_Score__c, "remote_was_deleted": true }
                """);

        Map<String, Object> unified = map(mapping, Fixtures.contact("003A"));

        assertThat(unified).isEqualTo(Map.of("id", "003A", "name", "LOVELACE", "title", "Analyst",
                "lifetime_value", 12.5));
        assertThat(List.copyOf(unified.keySet())).containsExactly("id", "name", "title", "lifetime_value");
    }

    @Test
    void reportsARuntimeErrorWithTheUnifiedFieldTheRecordAndWhereTheExpressionIs() {
        UnifiedMapping mapping = Fixtures.contacts("""
                response:
                  id: Id
                  score: LTV_Score__c + FirstName
                """);

        assertThatThrownBy(() -> map(mapping, Fixtures.contact("003A")))
                .isInstanceOfSatisfying(MappingEvaluationException.class, e -> assertThat(e.field()).isEqualTo("score"))
                .hasMessageStartingWith("response.score failed on Contact 003A: JSONata error T2002: ")
                .hasMessageContaining("(expression at test:4:10)");
    }

    @Test
    void boundsAnEvaluationThatNeverEnds() {
        UnifiedMapping mapping = Fixtures.contacts("""
                response:
                  id: Id
                  forever: ($f := function($n) { $f($n + 1) }; $f(0))
                """);

        assertThatThrownBy(() -> map(mapping, Fixtures.contact("003A")))
                .isInstanceOfSatisfying(MappingEvaluationException.class,
                        e -> assertThat(e.field()).isEqualTo("forever"))
                .hasMessageContaining("timeout");
    }

    @Test
    void boundsTheDepthOfAnEvaluation() {
        UnifiedMapping mapping = Fixtures.contacts("""
                response:
                  id: Id
                  deep: |
                    ($f := function($n) { $n = 0 ? 0 : 1 + $f($n - 1) }; $f(100000))
                """);

        assertThatThrownBy(() -> map(mapping, Fixtures.contact("003A")))
                .isInstanceOf(MappingEvaluationException.class)
                .hasMessageContaining("JSONata error");
    }

    @Test
    void refusesAResponseMappingThatProducesNoObject() {
        UnifiedMapping mapping = Fixtures.contacts("response_mapping: '[Id]'\n");

        assertThatThrownBy(() -> map(mapping, Fixtures.contact("003A")))
                .isInstanceOfSatisfying(MappingEvaluationException.class,
                        e -> assertThat(e.field()).isEqualTo("response_mapping"))
                .hasMessageContaining("response_mapping must produce an object; on Contact 003A it produced a list");
    }

    @Test
    void removesEmptyItemsAndPicksTheFirstNonEmptyValue() {
        UnifiedMapping mapping = Fixtures.contacts("""
                response:
                  id: Id
                  kept: $removeEmptyItems([MobilePhone, "", [], {}, Internal_ID__c, FirstName, 0, false])
                  first: $firstNonEmpty(MobilePhone, Internal_ID__c, [], {}, Title, FirstName)
                  none: $firstNonEmpty(MobilePhone, Internal_ID__c)
                """);

        Map<String, Object> unified = map(mapping, Fixtures.contact("003A"));

        assertThat(unified.get("kept")).isEqualTo(List.of("Ada", 0, false));
        assertThat(unified).containsEntry("first", "Analyst").containsEntry("none", null);
    }

    @Test
    void neverMixesUpRecordsMappedOnManyThreadsAtOnce() throws Exception {
        UnifiedMapping mapping = Fixtures.compatibleContactMapping();
        ReadPlan plan = mapping.plan(TestSchemas.LOOKUP, Set.of());
        int threads = 8;
        int recordsPerThread = 400;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<List<String>>> tasks = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                tasks.add(() -> {
                    List<String> wrong = new ArrayList<>();
                    for (int i = 0; i < recordsPerThread; i++) {
                        String id = "003T" + thread + "R" + i;
                        Map<String, Object> fields = Fixtures.contactFields(id);
                        fields.put("FirstName", "First" + thread + "x" + i);
                        double score = thread * 1000.0 + i + 1;
                        fields.put("LTV_Score__c", score);
                        Map<String, Object> unified = plan.map(Fixtures.contact(fields));
                        if (!Objects.equals(unified.get("id"), id)
                                || !Objects.equals(unified.get("name"), "First" + thread + "x" + i + " Lovelace")
                                || !Objects.equals(unified.get("custom_fields"), Map.of("LTV_Score__c", score))) {
                            wrong.add(id + " -> " + unified);
                        }
                    }
                    return wrong;
                });
            }
            List<String> wrong = new ArrayList<>();
            for (Future<List<String>> result : pool.invokeAll(tasks)) {
                wrong.addAll(result.get());
            }
            assertThat(wrong).isEmpty();
        } finally {
            pool.shutdownNow();
        }
    }
}
