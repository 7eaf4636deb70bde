package dev.crosswalk.benchmarks;

import dev.crosswalk.testkit.salesforce.SalesforceEmulator;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * End-to-end throughput of the Salesforce emulator over real HTTP, printed as a small report:
 * seeding N contacts, streaming a Bulk API 2.0 query result of all of them to a plain client, and REST query pages
 * of 2,000 records. Run with {@code -Xmx512m} to show that streaming does not hold the result in memory.
 *
 * <pre>java -Xmx512m -cp benchmarks/target/benchmarks.jar dev.crosswalk.benchmarks.EmulatorThroughput [contacts] [restPages]</pre>
 */
public final class EmulatorThroughput {

    /** {@code nextRecordsUrl} comes before {@code records}, within the first bytes of a page. */
    private static final int PAGE_HEAD_BYTES = 512;

    private final EmulatorClient client;

    private EmulatorThroughput(EmulatorClient client) {
        this.client = client;
    }

    public static void main(String[] args) throws Exception {
        long contacts = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000L;
        int restPages = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        System.out.printf("JVM %s, max heap %d MB, %d CPUs%n", Runtime.version(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024), Runtime.getRuntime().availableProcessors());

        long seedStart = System.nanoTime();
        try (SalesforceEmulator emulator = SalesforceEmulator.builder().seed(42L).accounts(10_000).contacts(contacts).start()) {
            double startSeconds = seconds(seedStart);
            EmulatorThroughput bench = new EmulatorThroughput(EmulatorClient.login(emulator));
            long scanStart = System.nanoTime();
            String count = EmulatorClient.jsonField(bench.client.get("/query?q=" + EmulatorClient.enc("SELECT COUNT() FROM Contact")),
                    "totalSize");
            double scanSeconds = seconds(scanStart);
            System.out.printf("seed: start with %,d contacts %.3f s; first full scan (COUNT() = %s) %.3f s; total %.3f s%n",
                    contacts, startSeconds, count, scanSeconds, startSeconds + scanSeconds);

            bench.bulk(contacts);
            bench.bulk(contacts);
            bench.restPages(restPages);
        }
    }

    private void bulk(long expected) throws IOException, InterruptedException {
        long start = System.nanoTime();
        String job = client.post("/jobs/query", "{\"operation\":\"query\",\"query\":\"SELECT Id, FirstName, LastName, Email, Phone,"
                + " AccountId, LTV_Score__c, External_Id__c, Preferred_Channel__c, CreatedDate FROM Contact\"}");
        String id = EmulatorClient.jsonField(job, "id");
        while (!EmulatorClient.jsonField(client.get("/jobs/query/" + id), "state").equals("JobComplete")) {
            Thread.sleep(10);
        }
        double completeSeconds = seconds(start);
        long streamStart = System.nanoTime();
        HttpResponse<InputStream> response = client.http().send(
                client.data("/jobs/query/" + id + "/results").header("Accept", "text/csv").build(),
                HttpResponse.BodyHandlers.ofInputStream());
        long lines = 0;
        long bytes = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = response.body()) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                bytes += n;
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
            }
        }
        double streamSeconds = seconds(streamStart);
        long records = lines - 1;
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        System.out.printf("bulk 2.0 query: %,d records (%,d MB CSV) streamed in %.3f s = %,.0f records/s"
                + " (job to JobComplete %.3f s; locator %s; heap retained after GC %d MB)%n",
                records, bytes / (1024 * 1024), streamSeconds, records / streamSeconds, completeSeconds,
                response.headers().firstValue("Sforce-Locator").orElse("?"),
                (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024));
        if (records != expected) {
            throw new IllegalStateException("expected " + expected + " records, got " + records);
        }
    }

    private void restPages(int pages) throws IOException, InterruptedException {
        String next = EmulatorClient.jsonField(client.firstContactsPage(), "nextRecordsUrl");
        int warmup = Math.min(50, pages / 5);
        long start = 0;
        long bytes = 0;
        byte[] buffer = new byte[1 << 16];
        for (int i = 0; i < warmup + pages; i++) {
            if (i == warmup) {
                start = System.nanoTime();
                bytes = 0;
            }
            HttpResponse<InputStream> page = client.http().send(client.path(next).GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = page.body()) {
                int head = in.readNBytes(buffer, 0, PAGE_HEAD_BYTES);
                next = EmulatorClient.jsonField(new String(buffer, 0, head, StandardCharsets.UTF_8), "nextRecordsUrl");
                bytes += head;
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    bytes += n;
                }
            }
        }
        double elapsed = seconds(start);
        System.out.printf("rest query: %d pages of 2,000 records in %.3f s = %.0f pages/s (%,.0f records/s, %.1f MB/s)%n",
                pages, elapsed, pages / elapsed, pages * 2000 / elapsed, bytes / elapsed / (1024 * 1024));
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
