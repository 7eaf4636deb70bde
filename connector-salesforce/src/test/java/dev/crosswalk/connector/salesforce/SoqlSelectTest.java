package dev.crosswalk.connector.salesforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SoqlSelectTest {

    @Test
    void buildsASelectFromCheckedNames() {
        String soql = SoqlSelect.of(List.of("Id", "Account.Name", "LTV_Score__c"), "Contact")
                .orderBy("CreatedDate", "Id").toSoql();

        assertThat(soql).isEqualTo("SELECT Id, Account.Name, LTV_Score__c FROM Contact ORDER BY CreatedDate, Id");
    }

    @Test
    void refusesNamesThatCouldChangeTheStatement() {
        for (String hostile : List.of("Id FROM User --", "Id,Password", "Name' OR '1'='1", "", "1Id", "Id)")) {
            assertThatThrownBy(() -> SoqlSelect.of(List.of(hostile), "Contact"))
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> SoqlSelect.of(List.of("Id"), "Contact WHERE Id != null"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SoqlSelect.of(List.of("Id"), "Contact").orderBy("Id DESC; DELETE"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void needsAtLeastOneField() {
        assertThatThrownBy(() -> SoqlSelect.of(List.of(), "Contact")).isInstanceOf(IllegalArgumentException.class);
    }
}
