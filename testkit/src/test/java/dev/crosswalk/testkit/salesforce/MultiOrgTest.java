package dev.crosswalk.testkit.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MultiOrgTest {

    private static String token(SalesforceHttp http, EmulatorCredentials org) {
        return SalesforceHttp.json(http.form("/services/oauth2/token", Map.of("grant_type", "refresh_token",
                "client_id", org.clientId(), "client_secret", org.clientSecret(), "refresh_token", org.refreshToken())))
                .get("access_token").asText();
    }

    @Test
    void eachOrgHasItsOwnDataAppUserAndLimits() {
        try (SalesforceEmulator emulator = SalesforceEmulator.builder().orgs(2).accounts(3).contacts(5).dailyApiRequests(3).start()) {
            SalesforceHttp http = new SalesforceHttp(emulator);
            EmulatorCredentials first = emulator.orgCredentials().get(0);
            EmulatorCredentials second = emulator.orgCredentials().get(1);
            String firstToken = token(http, first);
            String secondToken = token(http, second);

            JsonNode firstContacts = SalesforceHttp.json(http.query("SELECT Id FROM Contact", firstToken)).get("records");
            JsonNode secondContacts = SalesforceHttp.json(http.query("SELECT Id FROM Contact", secondToken)).get("records");
            String firstId = firstContacts.get(0).get("Id").asText();
            HttpResponse<String> crossRead = http.get(http.data("/sobjects/Contact/" + firstId), secondToken);

            assertThat(first.organizationId()).isNotEqualTo(second.organizationId());
            assertThat(first.clientId()).isNotEqualTo(second.clientId());
            assertThat(emulator.credentials()).isEqualTo(first);
            assertThat(firstContacts).hasSize(5);
            assertThat(secondContacts).hasSize(5);
            assertThat(secondContacts.get(0).get("Id").asText()).isNotEqualTo(firstId);
            assertThat(crossRead.statusCode()).isEqualTo(404);
            assertThat(crossRead.headers().firstValue("Sforce-Limit-Info")).contains("api-usage=2/3");
            assertThat(http.query("SELECT Id FROM Account", firstToken).headers().firstValue("Sforce-Limit-Info"))
                    .contains("api-usage=2/3");
        }
    }

    @Test
    void aRefreshTokenOnlyWorksWithItsOwnOrgsApp() {
        try (SalesforceEmulator emulator = SalesforceEmulator.builder().orgs(2).contacts(1).start()) {
            SalesforceHttp http = new SalesforceHttp(emulator);
            EmulatorCredentials first = emulator.orgCredentials().get(0);
            EmulatorCredentials second = emulator.orgCredentials().get(1);

            HttpResponse<String> mixed = http.form("/services/oauth2/token", Map.of("grant_type", "refresh_token",
                    "client_id", first.clientId(), "client_secret", first.clientSecret(), "refresh_token", second.refreshToken()));

            assertThat(mixed.statusCode()).isEqualTo(400);
            assertThat(SalesforceHttp.json(mixed).get("error").asText()).isEqualTo("invalid_grant");
        }
    }
}
