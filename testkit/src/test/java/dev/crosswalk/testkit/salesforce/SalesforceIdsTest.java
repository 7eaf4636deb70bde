package dev.crosswalk.testkit.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswalk.testkit.salesforce.data.SalesforceIds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SalesforceIdsTest {

    @ParameterizedTest
    @CsvSource({
        "001D000000IqhSL, 001D000000IqhSLIAZ",
        "750R0000000zlh9, 750R0000000zlh9IAA",
        "00Dx0000000BV7z, 00Dx0000000BV7zEAG",
        "a0BA0000000L2ZC, a0BA0000000L2ZCMA0",
        "70130000001tcyI, 70130000001tcyIAAQ"})
    void checksumMatchesThePlatformsDocumentedIds(String fifteen, String eighteen) {
        assertThat(SalesforceIds.toEighteen(fifteen)).isEqualTo(eighteen);
    }

    @Test
    void generatedIdsCarryPrefixPodAndNumber() {
        String id = SalesforceIds.of("003", "Dn", 123_456_789L);

        assertThat(id).hasSize(18).startsWith("003Dn");
        assertThat(SalesforceIds.number(id)).isEqualTo(123_456_789L);
        assertThat(SalesforceIds.normalise(id.substring(0, 15))).contains(id);
    }

    @Test
    void eighteenCharacterIdsAreCaseInsensitive() {
        String id = "001D000000IqhSLIAZ";

        assertThat(SalesforceIds.normalise(id.toLowerCase(java.util.Locale.ROOT))).contains(id);
        assertThat(SalesforceIds.normalise(id.toUpperCase(java.util.Locale.ROOT))).contains(id);
    }

    @Test
    void eighteenCharacterIdWhoseChecksumCannotBeItsCaseIsRejected() {
        String fifteen = SalesforceIds.of("001", "Dn", 42).substring(0, 15);

        assertThat(SalesforceIds.normalise(fifteen + "BAA")).as("upper-case digit").isEmpty();
        assertThat(SalesforceIds.normalise(fifteen + "9AA")).as("not a checksum character").isEmpty();
        assertThat(SalesforceIds.normalise("not-an-id")).isEmpty();
    }
}
