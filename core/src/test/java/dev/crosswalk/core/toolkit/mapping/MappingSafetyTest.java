package dev.crosswalk.core.toolkit.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosswalk.core.domain.ObjectSchema;
import dev.crosswalk.core.domain.ProviderRecord;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Overrides are written by tenants: nothing in one may hold a request thread for long, exhaust memory, or turn a
 * provider's odd value into an unexpected failure.
 */
class MappingSafetyTest {

    private static Map<String, Object> map(UnifiedMapping mapping, ProviderRecord record) {
        return mapping.plan(TestSchemas.LOOKUP, Set.of()).map(record);
    }

    @Test
    void refusesAPadWidthThatWouldTakeMinutes() {
        UnifiedMapping mapping = Fixtures.contacts("""
                response:
                  id: Id
                  padded: "$pad(FirstName, 300000)"
                """);

        assertThatThrownBy(() -> map(mapping, Fixtures.contact("003A")))
                .isInstanceOf(MappingEvaluationException.class).hasMessageContaining("$pad width");
        assertThat(map(Fixtures.contacts("response:\n  id: Id\n  padded: \"$pad(FirstName, 8, '-')\"\n"),
                Fixtures.contact("003A"))).containsEntry("padded", "Ada-----");
    }

    @Test
    void reportsAJavaFailureInsideAJsonataFunctionAsAMappingFailureNamingTheField() {
        UnifiedMapping mapping = Fixtures.contacts("""
                response:
                  id: Id
                  born: "$toMillis(FirstName)"
                  sorted: "$sort([1, 'a'])"
                """);

        assertThatThrownBy(() -> map(mapping, Fixtures.contact("003A")))
                .isInstanceOfSatisfying(MappingEvaluationException.class, e -> assertThat(e.field()).isEqualTo("born"))
                .hasMessageContaining("JSONata error");
    }

    @Test
    void stopsEvaluatingOnceTheRequestsBudgetIsSpent() {
        UnifiedMapping mapping = Fixtures.contacts("""
                response:
                  id: Id
                  slow: "$count([1..20000].($string($) & 'x'))"
                """);
        assertThat(map(mapping, Fixtures.contact("003A"))).as("one evaluation fits its own bound")
                .containsEntry("slow", 20000);

        try (EvaluationBudget budget = EvaluationBudget.open(Duration.ofMillis(100))) {
            assertThatThrownBy(() -> {
                for (int i = 0; i < 500; i++) {
                    map(mapping, Fixtures.contact("003" + i));
                }
            }).as("500 records cannot all be mapped within 100 ms").isInstanceOf(MappingEvaluationException.class);
        }
        assertThat(map(Fixtures.contacts("response:\n  id: Id\n"), Fixtures.contact("003A")))
                .as("the budget ended with its block").containsEntry("id", "003A");
    }

    @Test
    void refusesRegularExpressionsThatRepeatARepeatedGroup() {
        assertThat(UnifiedMapping.problemsIn("override", "custom_fields: '^(.*?){1,30}#'\n")).singleElement()
                .asString().startsWith("override:1:16: custom_fields: it repeats a group that repeats itself");
        assertThat(UnifiedMapping.problemsIn("override", "custom_fields: '(a+)+$'\n")).hasSize(1);
        assertThat(UnifiedMapping.problemsIn("override", "response:\n  x: \"$match(Name, /(\\\\w+\\\\s?)*$/)\"\n"))
                .singleElement().asString().contains("the regular expression /(\\w+\\s?)*$/");
        assertThat(UnifiedMapping.problemsIn("override", "custom_fields: '(?i)^(custom_|x_)[a-z]+__c$'\n"))
                .isEmpty();
        assertThat(UnifiedMapping.problemsIn("override", "response:\n  x: \"Amount / 100\"\n")).isEmpty();
    }

    @Test
    void refusesNumbersOfHundredsOfDigitsBeforeConvertingThem() {
        assertThat(UnifiedMapping.problemsIn("override", "response:\n  x: " + "9".repeat(100_000) + "\n"))
                .singleElement().asString().contains("a number of 100000 characters");
    }

    @Test
    void passesOnTheSchemaLookupsOwnFailureInsteadOfPlanningWithoutIt() {
        RuntimeException unavailable = new IllegalStateException("the CRM is down");
        SchemaLookup failingRelated = name -> {
            if (!name.equals("Contact")) {
                throw unavailable;
            }
            return TestSchemas.LOOKUP.describe(name);
        };
        UnifiedMapping mapping = Fixtures.contacts("""
                response:
                  id: Id
                  company: "$uppercase(Account.Name)"
                """);

        assertThatThrownBy(() -> mapping.plan(failingRelated, Set.of())).isSameAs(unavailable);
        assertThatThrownBy(() -> mapping.validate(failingRelated)).isSameAs(unavailable);
    }

    @Test
    void aLookupThatFindsNoRelatedObjectIsStillAProblemOfTheMapping() {
        SchemaLookup onlyContact = name -> name.equals("Contact") ? TestSchemas.LOOKUP.describe(name)
                : Optional.<ObjectSchema>empty();
        UnifiedMapping mapping = Fixtures.contacts("response:\n  id: Id\n  company: \"$uppercase(Account.Name)\"\n");

        assertThat(mapping.validate(onlyContact)).isNotEmpty();
        assertThat(mapping.plan(onlyContact, Set.of()).providerFields()).contains("Id");
    }
}
