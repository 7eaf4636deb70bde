package dev.crosswalk.connector.salesforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosswalk.core.domain.FieldType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SoqlLiteralsTest {

    @Test
    void quotesTextEscapingBackslashQuotesAndControlCharacters() {
        assertThat(SoqlLiterals.quoted("O'Brien")).isEqualTo("'O\\'Brien'");
        assertThat(SoqlLiterals.quoted("a\\b\"c")).isEqualTo("'a\\\\b\\\"c'");
        assertThat(SoqlLiterals.quoted("1\n2\r3\t4\b5\f6")).isEqualTo("'1\\n2\\r3\\t4\\b5\\f6'");
        assertThat(SoqlLiterals.quoted("bell\u0007 del\u007f")).isEqualTo("'bell\\u0007 del\\u007f'");
        assertThat(SoqlLiterals.quoted("\\' OR 1=1 --")).isEqualTo("'\\\\\\' OR 1=1 --'");
    }

    @Test
    void leavesWildcardsAloneInPlainTextButEscapesThemInAContainsPattern() {
        assertThat(SoqlLiterals.quoted("100%_")).isEqualTo("'100%_'");
        assertThat(SoqlLiterals.containing("100%_")).isEqualTo("'%100\\%\\_%'");
        assertThat(SoqlLiterals.containing("it's \\")).isEqualTo("'%it\\'s \\\\%'");
    }

    @Test
    void keepsSurrogatePairsAndRefusesAnUnpairedSurrogate() {
        assertThat(SoqlLiterals.quoted("clef \ud834\udd1e")).isEqualTo("'clef \ud834\udd1e'");
        assertThatThrownBy(() -> SoqlLiterals.quoted("half \ud834 pair")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unpaired surrogate");
        assertThatThrownBy(() -> SoqlLiterals.containing("\udd1e")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void writesNumbersBooleansDatesAndTimesUnquotedAfterCheckingThemAgainstTheFieldsType() {
        assertThat(SoqlLiterals.literal("12.50", FieldType.CURRENCY, "Amount")).isEqualTo("12.50");
        assertThat(SoqlLiterals.literal(new BigDecimal("1E+3"), FieldType.DOUBLE, "Score")).isEqualTo("1000");
        assertThat(SoqlLiterals.literal(7, FieldType.INTEGER, "Employees")).isEqualTo("7");
        assertThat(SoqlLiterals.literal(BigInteger.TEN, FieldType.INTEGER, "Employees")).isEqualTo("10");
        assertThat(SoqlLiterals.literal(0.5d, FieldType.PERCENT, "Probability")).isEqualTo("0.5");
        assertThat(SoqlLiterals.literal(true, FieldType.BOOLEAN, "IsDeleted")).isEqualTo("true");
        assertThat(SoqlLiterals.literal("FALSE", FieldType.BOOLEAN, "IsDeleted")).isEqualTo("false");
        assertThat(SoqlLiterals.literal("2024-02-29", FieldType.DATE, "CloseDate")).isEqualTo("2024-02-29");
        assertThat(SoqlLiterals.literal("2024-01-01T00:00:00Z", FieldType.DATETIME, "CreatedDate"))
                .isEqualTo("2024-01-01T00:00:00Z");
        assertThat(SoqlLiterals.literal("2024-01-01T02:00:00.123456+02:00", FieldType.DATETIME, "CreatedDate"))
                .isEqualTo("2024-01-01T00:00:00.123Z");
        assertThat(SoqlLiterals.literal("09:30:00Z", FieldType.TIME, "Opens__c")).isEqualTo("09:30:00.000Z");
        assertThat(SoqlLiterals.literal("003000000000001AAA", FieldType.REFERENCE, "ContactId"))
                .isEqualTo("'003000000000001AAA'");
        assertThat(SoqlLiterals.literal(null, FieldType.DATE, "CloseDate")).isEqualTo("null");
        assertThat(SoqlLiterals.literal(42, FieldType.STRING, "Name")).isEqualTo("'42'");
    }

    @Test
    void refusesAValueThatDoesNotParseForTheFieldsTypeNamingTheField() {
        assertThatThrownBy(() -> SoqlLiterals.literal("1; DELETE", FieldType.DOUBLE, "Score"))
                .hasMessageContaining("'Score' is a number field");
        assertThatThrownBy(() -> SoqlLiterals.literal("2024-02-30", FieldType.DATE, "CloseDate"))
                .hasMessageContaining("'CloseDate' is a date field");
        assertThatThrownBy(() -> SoqlLiterals.literal("2024-01-01", FieldType.DATETIME, "CreatedDate"))
                .hasMessageContaining("'CreatedDate' is a date-time field");
        assertThatThrownBy(() -> SoqlLiterals.literal("yes", FieldType.BOOLEAN, "IsDeleted"))
                .hasMessageContaining("checkbox");
        assertThatThrownBy(() -> SoqlLiterals.literal("0030000' OR ''='", FieldType.ID, "Id"))
                .hasMessageContaining("'Id' holds record ids");
        assertThatThrownBy(() -> SoqlLiterals.literal(Double.NaN, FieldType.DOUBLE, "Score"))
                .hasMessageContaining("finite");
        assertThatThrownBy(() -> SoqlLiterals.literal("x", FieldType.ADDRESS, "BillingAddress"))
                .hasMessageContaining("compound field");
        assertThatThrownBy(() -> SoqlLiterals.literal("25:00:00Z", FieldType.TIME, "Opens__c"))
                .hasMessageContaining("time field");
    }

    @Test
    void writesAValueOfUnknownTypeByItsOwnType() {
        assertThat(SoqlLiterals.literal("5", null, "Name")).isEqualTo("'5'");
        assertThat(SoqlLiterals.literal(5L, null, "Score")).isEqualTo("5");
        assertThat(SoqlLiterals.literal(false, null, "Done")).isEqualTo("false");
    }

    @Test
    void writesDateTimesToTheMillisecond() {
        assertThat(SoqlLiterals.dateTime(Instant.parse("2024-05-01T10:00:00.123456789Z")))
                .isEqualTo("2024-05-01T10:00:00.123Z");
    }

    @Test
    void recognisesFifteenAndEighteenCharacterIdsOnly() {
        assertThat(SoqlLiterals.isRecordId("001000000000001")).isTrue();
        assertThat(SoqlLiterals.isRecordId("001000000000001AAA")).isTrue();
        assertThat(SoqlLiterals.isRecordId("001000000000001AA")).isFalse();
        assertThat(SoqlLiterals.isRecordId("001000000000001A'A")).isFalse();
        assertThat(SoqlLiterals.isRecordId(null)).isFalse();
    }
}
