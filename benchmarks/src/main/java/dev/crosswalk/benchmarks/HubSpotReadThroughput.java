package dev.crosswalk.benchmarks;

import dev.crosswalk.adapters.persistence.DatabaseSettings;
import dev.crosswalk.adapters.persistence.TokenEncryptionKey;
import dev.crosswalk.core.domain.Connection;
import dev.crosswalk.core.domain.ConnectionId;
import dev.crosswalk.core.domain.ConnectionRef;
import dev.crosswalk.core.domain.OAuthTokens;
import dev.crosswalk.core.domain.Secret;
import dev.crosswalk.core.domain.TenantId;
import dev.crosswalk.core.domain.UnifiedObject;
import dev.crosswalk.core.port.in.CursorPage;
import dev.crosswalk.core.port.in.ListRequest;
import dev.crosswalk.embedded.Crosswalk;
import dev.crosswalk.emulator.hubspot.HubSpotEmulator;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads every contact of an in-process HubSpot emulator through the embedded library (core, the HubSpot connector, an
 * in-memory H2 database) to the last page, three ways: unified contacts (plain lists of 100 with the primary company
 * from each page's associations), provider records with a bound (HubSpot's search, 200 a page, paged by id) and the
 * same unified contacts with a bound (search plus one association batch read a page). The emulator's rate limits are
 * set out of the way, so the figures are the stack's, not HubSpot's allowance.
 *
 * <p>Arguments: contacts (default 20,000) and rounds (3). Prints, per way and round, records read, HubSpot calls,
 * seconds and records/s.
 */
public final class HubSpotReadThroughput {

    private static final ConnectionRef CONNECTION = new ConnectionRef(new TenantId("bench"), new ConnectionId("hs"));

    private HubSpotReadThroughput() {
    }

    public static void main(String[] args) {
        int contacts = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        try (HubSpotEmulator hubspot = HubSpotEmulator.builder().port(0).seed(1).contacts(contacts)
                .companies(Math.max(1, contacts / 10)).deals(1).burstLimit(Integer.MAX_VALUE)
                .searchesPerSecond(Integer.MAX_VALUE).dailyLimit(Long.MAX_VALUE).start();
                Crosswalk crosswalk = Crosswalk.builder()
                        .database(DatabaseSettings.h2InMemory("hubspot_bench", TokenEncryptionKey.generate()))
                        .connector("hubspot", Map.of("api_url", hubspot.baseUrl().toString())).build()) {
            crosswalk.provisioning().issueApiKey(CONNECTION.tenant(), "Benchmark");
            crosswalk.provisioning().connect(Connection.builder(CONNECTION, "hubspot", hubspot.baseUrl()).build(),
                    OAuthTokens.builder(Instant.now())
                            .accessToken(Secret.of(hubspot.credentials().privateAppToken())).build());
            System.out.printf("%d contacts, %d cores%n", contacts, Runtime.getRuntime().availableProcessors());
            System.out.println("way                                   | round | records | calls | seconds | records/s");
            for (int round = 1; round <= rounds; round++) {
                time("unified contacts, plain list", round, hubspot, cursor -> crosswalk.unifiedRecords()
                        .list(UnifiedObject.CONTACT, request(cursor, false)));
                time("provider contacts, search by id", round, hubspot, cursor -> crosswalk.providerRecords()
                        .list("contacts", request(cursor, true)));
                time("unified contacts, search + companies", round, hubspot, cursor -> crosswalk.unifiedRecords()
                        .list(UnifiedObject.CONTACT, request(cursor, true)));
            }
        }
    }

    private static ListRequest request(String cursor, boolean bounded) {
        ListRequest.Builder request = ListRequest.builder(CONNECTION).pageSize(ListRequest.MAX_PAGE_SIZE);
        if (bounded) {
            request.createdAfter(Instant.EPOCH);
        }
        return request.cursor(cursor).build();
    }

    private static void time(String way, int round, HubSpotEmulator hubspot,
            Function<String, CursorPage<?>> page) {
        int callsBefore = hubspot.requestLog().size();
        long started = System.nanoTime();
        long records = 0;
        String cursor = null;
        do {
            CursorPage<?> answer = page.apply(cursor);
            records += answer.items().size();
            cursor = answer.nextCursor().orElse(null);
        } while (cursor != null);
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("%-37s | %5d | %7d | %5d | %7.2f | %9.0f%n", way, round, records,
                hubspot.requestLog().size() - callsBefore, seconds, records / seconds);
    }
}
