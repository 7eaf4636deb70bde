package dev.crosswalk.testkit.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ConcurrentClientsTest {

    @Test
    void parallelWritersGetDistinctIdsAndEveryWriteIsKept() {
        try (SalesforceEmulator emulator = SalesforceEmulator.builder().accounts(2).contacts(10).start()) {
            SalesforceHttp http = new SalesforceHttp(emulator);
            String token = http.accessToken();
            Set<String> ids = ConcurrentHashMap.newKeySet();

            List<CompletableFuture<Void>> writers = IntStream.range(0, 8).mapToObj(w -> CompletableFuture.runAsync(() -> {
                for (int i = 0; i < 25; i++) {
                    String body = "{\"LastName\":\"W" + w + "-" + i + "\",\"External_Id__c\":\"P-" + w + "-" + i + "\"}";
                    ids.add(SalesforceHttp.json(http.json("POST", http.data("/sobjects/Contact"), token, body)).get("id").asText());
                    http.query("SELECT Id FROM Contact WHERE External_Id__c = 'P-" + w + "-" + i + "'", token);
                }
            })).toList();
            writers.forEach(CompletableFuture::join);

            assertThat(ids).hasSize(200);
            assertThat(SalesforceHttp.json(http.query("SELECT COUNT() FROM Contact", token)).get("totalSize").asInt()).isEqualTo(210);
            assertThat(SalesforceHttp.json(http.query("SELECT COUNT() FROM Contact WHERE External_Id__c LIKE 'P-%'", token))
                    .get("totalSize").asInt()).isEqualTo(200);
        }
    }
}
