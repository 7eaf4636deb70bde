package dev.crosswalk.connector.salesforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SoqlSelectTest {

    @Test
    void buildsASelectFromCheckedNamesConditionsAndOrder() {
        String soql = SoqlSelect.of(List.of("Id", "Account.Name", "LTV_Score__c"), "Contact")
                .where(List.of("Email = 'a@example.com'", "LTV_Score__c > 10"))
                .orderBy(List.of(new SoqlSelect.Order("CreatedDate", false), new SoqlSelect.Order("Id", true)))
                .toSoql();

        assertThat(soql).isEqualTo("SELECT Id, Account.Name, LTV_Score__c FROM Contact"
                + " WHERE Email = 'a@example.com' AND LTV_Score__c > 10 ORDER BY CreatedDate DESC, Id");
    }

    @Test
    void writesTheObjectClauseOfASoslReturningWithLimitAndOffset() {
        String returning = SoqlSelect.of(List.of("Id", "Name"), "Deal_Registration__c")
                .where(List.of("Amount__c > 5")).orderBy(List.of(new SoqlSelect.Order("Id", true)))
                .limit(51).offset(50).toSoslReturning();

        assertThat(returning).isEqualTo("Deal_Registration__c(Id, Name WHERE Amount__c > 5 ORDER BY Id LIMIT 51 OFFSET 50)");
    }

    @Test
    void refusesNamesThatCouldChangeTheStatement() {
        for (String hostile : List.of("Id FROM User --", "Id,Password", "Name' OR '1'='1", "", "1Id", "Id)",
                "A.B.C.D.E.F")) {
            assertThatThrownBy(() -> SoqlSelect.of(List.of(hostile), "Contact"))
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> SoqlSelect.of(List.of("Id"), "Contact WHERE Id != null"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SoqlSelect.Order("Id DESC; DELETE", true))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void acceptsARelationshipPathOfFiveNames() {
        assertThat(SoqlSelect.of(List.of("A.B.C.D.E"), "Contact").toSoql()).isEqualTo("SELECT A.B.C.D.E FROM Contact");
    }

    @Test
    void needsAtLeastOneField() {
        assertThatThrownBy(() -> SoqlSelect.of(List.of(), "Contact")).isInstanceOf(IllegalArgumentException.class);
    }
}
