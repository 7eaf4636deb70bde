package dev.crosswalk.connector.salesforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosswalk.core.domain.FieldFilter;
import dev.crosswalk.core.domain.FieldFilter.Operator;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The dialect query mappings see: the record port's renderer, with literals typed by the values themselves. */
class SoqlDialectTest {

    private final SoqlDialect dialect = new SoqlDialect();

    @Test
    void writesEachOperatorAndAndsTheConditions() {
        String where = dialect.where(List.of(
                FieldFilter.equalTo("Email", "a@example.com"),
                FieldFilter.of("LastName", Operator.NOT_EQUALS, List.of("O'Hara")),
                FieldFilter.in("StageName", List.of("Closed Won", "Closed Lost")),
                FieldFilter.of("Industry", Operator.NOT_IN, List.of("Retail")),
                FieldFilter.of("Amount", Operator.GREATER_THAN, List.of(10)),
                FieldFilter.of("Amount", Operator.GREATER_OR_EQUAL, List.of(10.5)),
                FieldFilter.of("NumberOfEmployees", Operator.LESS_THAN, List.of(100L)),
                FieldFilter.of("NumberOfEmployees", Operator.LESS_OR_EQUAL, List.of(200L)),
                FieldFilter.of("Name", Operator.CONTAINS, List.of("50%_off")),
                FieldFilter.of("Title", Operator.EQUALS, Arrays.asList((Object) null)),
                FieldFilter.equalTo("IsDeleted", false)));

        assertThat(where).isEqualTo("Email = 'a@example.com' AND LastName != 'O\\'Hara'"
                + " AND StageName IN ('Closed Won', 'Closed Lost') AND Industry NOT IN ('Retail') AND Amount > 10"
                + " AND Amount >= 10.5 AND NumberOfEmployees < 100 AND NumberOfEmployees <= 200"
                + " AND Name LIKE '%50\\%\\_off%' AND Title = null AND IsDeleted = false");
    }

    @Test
    void writesNothingForNoFilters() {
        assertThat(dialect.where(List.of())).isEmpty();
    }

    @Test
    void keepsAHostileValueInsideItsLiteral() {
        assertThat(dialect.where(List.of(FieldFilter.equalTo("Name", "x' OR Name != 'y"))))
                .isEqualTo("Name = 'x\\' OR Name != \\'y'");
    }

    @Test
    void refusesAFieldNameThatIsNotOne() {
        assertThatThrownBy(() -> dialect.where(List.of(FieldFilter.equalTo("Name = 'x' OR Id", "y"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a Salesforce field name");
    }
}
