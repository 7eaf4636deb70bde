package dev.crosswalk.core.toolkit.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosswalk.core.domain.FieldFilter;
import dev.crosswalk.core.domain.FieldFilter.Operator;
import dev.crosswalk.core.port.out.crm.QueryDialect;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QueryTranslationTest {

    private static Map<String, List<String>> filters(Object... namesAndValues) {
        Map<String, List<String>> filters = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Object values = namesAndValues[i + 1];
            @SuppressWarnings("unchecked")
            List<String> list = values instanceof List<?> ? (List<String>) values : List.of((String) values);
            filters.put((String) namesAndValues[i], list);
        }
        return filters;
    }

    @Test
    void turnsPlainQueryEntriesIntoEqualityAndInConditions() {
        UnifiedMapping mapping = Fixtures.contactMapping();

        QueryTranslation translation = mapping.translate(filters("email", "ada@example.com",
                "account_id", List.of("001A", "001B")), null);

        assertThat(mapping.filterNames()).containsExactly("email", "account_id");
        assertThat(translation.filters()).containsExactly(FieldFilter.equalTo("Email", "ada@example.com"),
                FieldFilter.in("AccountId", List.of("001A", "001B")));
        assertThat(translation.searchTerm()).isEmpty();
    }

    @Test
    void refusesAFilterTheMappingDoesNotAccept() {
        assertThatThrownBy(() -> Fixtures.contactMapping().translate(filters("emial", "x"), null))
                .isInstanceOf(InvalidFilterValueException.class)
                .hasMessage("unknown filter 'emial' for contacts; this mapping accepts email, account_id");
    }

    @Test
    void skipsFiltersWithoutValues() {
        QueryTranslation translation = Fixtures.contactMapping().translate(filters("email", List.of("")), null);

        assertThat(translation.filters()).isEmpty();
    }

    @Test
    void returnsTheStructuredFiltersBehindTheWhereClauseAndRendersTheTextNeutrallyWithQuotesDoubled() {
        UnifiedMapping mapping = Fixtures.contacts("""
                query_mapping: |
                  (
                    $where := $convertQueryToSql(query, ["last_name", "title"], {"last_name": "LastName"});
                    { "where": $where, "search_term": $where }
                  )
                """);

        QueryTranslation translation = mapping.translate(filters("last_name", "O'Brien",
                "title", List.of("CEO", "CTO")), null);

        assertThat(translation.filters()).containsExactly(FieldFilter.equalTo("LastName", "O'Brien"),
                FieldFilter.in("title", List.of("CEO", "CTO")));
        assertThat(translation.searchTerm()).contains("LastName = 'O''Brien' AND title IN ('CEO', 'CTO')");
    }

    @Test
    void rendersWithTheConnectorsDialectWhenItHasOne() {
        UnifiedMapping mapping = Fixtures.contacts("""
                query_mapping: |
                  ( $w := $convertQueryToSql(query, ["email"], {"email": "Email"}); {"where": $w, "search_term": $w} )
                """);
        QueryDialect dialect = conditions -> "DIALECT(" + conditions.size() + ")";

        QueryTranslation translation = mapping.translate(filters("email", "a@x.com"), dialect);

        assertThat(translation.searchTerm()).contains("DIALECT(1)");
        assertThat(translation.filters()).containsExactly(FieldFilter.equalTo("Email", "a@x.com"));
    }

    @Test
    void refusesAWhereThatIsNotAnUnchangedResultOfConvertQueryToSql() {
        UnifiedMapping handWritten = Fixtures.contacts("""
                query_mapping: |
                  { "where": "Email = '" & query.email & "'" }
                """);
        UnifiedMapping extended = Fixtures.contacts("""
                query_mapping: |
                  { "where": $convertQueryToSql(query, ["email"], {"email": "Email"}) & " OR Id != null" }
                """);

        assertThatThrownBy(() -> handWritten.translate(filters("email", "x' OR Name != '"), null))
                .isInstanceOf(MappingEvaluationException.class)
                .hasMessageContaining("query_mapping: 'where' must be the value of $convertQueryToSql(...) in the"
                        + " same evaluation");
        assertThatThrownBy(() -> extended.translate(filters("email", "a@x.com"), null))
                .isInstanceOf(MappingEvaluationException.class)
                .hasMessageContaining("it was 'Email = 'a@x.com' OR Id != null'");
    }

    @Test
    void acceptsAListOfClausesAndAnEmptyClause() {
        UnifiedMapping mapping = Fixtures.contacts("""
                query_mapping: |
                  { "where": [$convertQueryToSql(query, ["email"], {"email": "Email"}),
                              $convertQueryToSql(query, ["title"], {})] }
                """);

        assertThat(mapping.translate(filters("email", "a@x.com", "title", "CEO"), null).filters()).containsExactly(
                FieldFilter.equalTo("Email", "a@x.com"), FieldFilter.equalTo("title", "CEO"));
        assertThat(mapping.translate(filters(), null).filters()).isEmpty();
    }

    @Test
    void buildsComparisonsFromAnObjectOfOperatorsWithTypedLiterals() {
        UnifiedMapping mapping = Fixtures.contacts("""
                query_mapping: |
                  { "where": $convertQueryToSql(
                      { "amount": { "gte": query.min_amount, "lt": query.max_amount },
                        "stage": { "nin": query.not_stage, "contains": query.stage_has },
                        "won": query.won, "closes": { "lte": query.closes_by }, "seen": { "gt": query.seen_after } },
                      ["amount", "stage", "won", "closes", "seen"],
                      { "amount": "Amount", "stage": "StageName", "won": "IsWon", "closes": "CloseDate",
                        "seen": "LastViewedDate" },
                      { "amount": "number", "won": "boolean", "closes": "date", "seen": "datetime" }) }
                """);

        QueryTranslation translation = mapping.translate(filters("min_amount", "1000", "max_amount", "5000.50",
                "not_stage", List.of("Lost", "Dead"), "stage_has", "50%_off", "won", "TRUE",
                "closes_by", "2024-12-31", "seen_after", "2024-05-01T10:00:00.000+0000"), null);

        assertThat(translation.filters()).containsExactly(
                FieldFilter.of("Amount", Operator.GREATER_OR_EQUAL, List.of(new BigDecimal("1000"))),
                FieldFilter.of("Amount", Operator.LESS_THAN, List.of(new BigDecimal("5000.50"))),
                FieldFilter.of("StageName", Operator.NOT_IN, List.of("Lost", "Dead")),
                FieldFilter.of("StageName", Operator.CONTAINS, List.of("50%_off")),
                FieldFilter.equalTo("IsWon", true),
                FieldFilter.of("CloseDate", Operator.LESS_OR_EQUAL, List.of("2024-12-31")),
                FieldFilter.of("LastViewedDate", Operator.GREATER_THAN, List.of("2024-05-01T10:00:00Z")));
    }

    @Test
    void refusesAValueThatDoesNotFitItsDataTypeOrAnUnknownOperator() {
        UnifiedMapping typed = Fixtures.contacts("""
                query_mapping: |
                  { "where": $convertQueryToSql(query, ["amount"], {}, {"amount": "number"}) }
                """);
        UnifiedMapping operator = Fixtures.contacts("""
                query_mapping: |
                  { "where": $convertQueryToSql({"amount": {"between": query.amount}}, ["amount"], {}) }
                """);

        assertThatThrownBy(() -> typed.translate(filters("amount", "lots"), null))
                .isInstanceOf(InvalidFilterValueException.class)
                .hasMessage("filter 'amount' takes a number, was given 'lots'");
        assertThatThrownBy(() -> operator.translate(filters("amount", "1"), null))
                .isInstanceOf(MappingEvaluationException.class)
                .hasMessageContaining("uses the operator 'between'; expected one of eq, ne, gt, gte, lt, lte, in, nin,"
                        + " contains");
    }

    @Test
    void refusesAFieldNameMapEntryThatIsNoFieldPath() {
        UnifiedMapping mapping = Fixtures.contacts("""
                query_mapping: |
                  { "where": $convertQueryToSql(query, ["email"], {"email": "Email = 'x' OR Email"}) }
                """);

        assertThatThrownBy(() -> mapping.translate(filters("email", "a"), null))
                .isInstanceOf(MappingEvaluationException.class)
                .hasMessageContaining("filter 'email' maps to 'Email = 'x' OR Email', which is not a provider field"
                        + " path");
    }

    @Test
    void turnsProviderFieldKeysIntoConditionsAndRefusesOtherKeys() {
        UnifiedMapping mapping = Fixtures.contacts("""
                query_mapping: |
                  { "AccountId": query.account_id, "Owner.Email": query.owner, "IsDeleted": false }
                """);
        UnifiedMapping bad = Fixtures.contacts("""
                query_mapping: |
                  { "Account Id": query.account_id }
                """);

        assertThat(mapping.translate(filters("account_id", List.of("001A", "001B"), "owner", "o@x.com"), null)
                .filters()).containsExactly(FieldFilter.in("AccountId", List.of("001A", "001B")),
                        FieldFilter.equalTo("Owner.Email", "o@x.com"), FieldFilter.equalTo("IsDeleted", false));
        assertThat(mapping.filterNames()).containsExactlyInAnyOrder("account_id", "owner");
        assertThatThrownBy(() -> bad.translate(filters("account_id", "1"), null))
                .isInstanceOf(MappingEvaluationException.class)
                .hasMessageStartingWith("query_mapping produced the key 'Account Id', which is neither where,"
                        + " search_term nor a provider field path");
    }

    @Test
    void mergesAQueryMappingOverTheQueryEntriesKeyByKey() {
        UnifiedMapping mapping = Fixtures.contacts("""
                query:
                  email: Email
                  title: Title
                query_mapping: |
                  { "Email": $lowercase(query.email) }
                """);

        assertThat(mapping.translate(filters("email", "ADA@X.COM", "title", "CEO"), null).filters())
                .containsExactly(FieldFilter.equalTo("Email", "ada@x.com"), FieldFilter.equalTo("Title", "CEO"));
    }

    @Test
    void acceptsEveryFilterTheQueryMappingReadsOnAnyBranchAndUnderRawQuery() {
        UnifiedMapping mapping = Fixtures.contacts("""
                query_mapping: |
                  { "search_term": query.mode = "strict" ? query.exact : $firstNonEmpty(query.fuzzy, rawQuery.q) }
                """);

        assertThat(mapping.filterNames()).containsExactlyInAnyOrder("mode", "exact", "fuzzy", "q");
        assertThat(mapping.translate(filters("q", "ada"), null).searchTerm()).contains("ada");
        assertThat(mapping.translate(filters("mode", "strict", "exact", "Ada L"), null).searchTerm())
                .contains("Ada L");
    }
}
