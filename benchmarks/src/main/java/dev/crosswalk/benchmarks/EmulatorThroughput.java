package dev.crosswalk.benchmarks;

import dev.crosswalk.testkit.salesforce.EmulatorCredentials;
import dev.crosswalk.testkit.salesforce.SalesforceEmulator;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    private static final Pattern JSON_STRING = Pattern.compile("\"%s\"\\s*:\\s*\"([^\"]*)\"");

    private final HttpClient client = HttpClient.newHttpClient();
    private final SalesforceEmulator emulator;
    private String token;

    private EmulatorThroughput(SalesforceEmulator emulator) {
        this.emulator = emulator;
    }

    public static void main(String[] args) throws Exception {
        long contacts = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000L;
        int restPages = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        System.out.printf("JVM %s, max heap %d MB, %d CPUs%n", Runtime.version(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024), Runtime.getRuntime().availableProcessors());

        long seedStart = System.nanoTime();
        try (SalesforceEmulator emulator = SalesforceEmulator.builder().seed(42L).accounts(10_000).contacts(contacts).start()) {
            double startSeconds = seconds(seedStart);
            EmulatorThroughput bench = new EmulatorThroughput(emulator);
            bench.login();
            long scanStart = System.nanoTime();
            String count = bench.jsonField(bench.get("/query?q=" + enc("SELECT COUNT() FROM Contact")), "totalSize");
            double scanSeconds = seconds(scanStart);
            System.out.printf("seed: start with %,d contacts %.3f s; first full scan (COUNT() = %s) %.3f s; total %.3f s%n",
                    contacts, startSeconds, count, scanSeconds, startSeconds + scanSeconds);

            bench.bulk(contacts);
            bench.bulk(contacts);
            bench.restPages(restPages);
        }
    }

    private void login() throws IOException, InterruptedException {
        EmulatorCredentials app = emulator.credentials();
        String form = "grant_type=refresh_token&client_id=" + enc(app.clientId()) + "&client_secret=" + enc(app.clientSecret())
                + "&refresh_token=" + enc(app.refreshToken());
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(emulator.baseUrl().resolve("/services/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        token = jsonField(response.body(), "access_token");
    }

    private void bulk(long expected) throws IOException, InterruptedException {
        long start = System.nanoTime();
        String job = post("/jobs/query", "{\"operation\":\"query\",\"query\":\"SELECT Id, FirstName, LastName, Email, Phone,"
                + " AccountId, LTV_Score__c, External_Id__c, Preferred_Channel__c, CreatedDate FROM Contact\"}");
        String id = jsonField(job, "id");
        while (!jsonField(get("/jobs/query/" + id), "state").equals("JobComplete")) {
            Thread.sleep(10);
        }
        double completeSeconds = seconds(start);
        long streamStart = System.nanoTime();
        HttpResponse<InputStream> response = client.send(request("/jobs/query/" + id + "/results").header("Accept", "text/csv").build(),
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
        String soql = "SELECT Id, FirstName, LastName, Email, Phone, AccountId, LTV_Score__c, CreatedDate FROM Contact";
        String first = get("/query?q=" + enc(soql));
        String next = jsonField(first, "nextRecordsUrl");
        int warmup = Math.min(50, pages / 5);
        long start = 0;
        long bytes = 0;
        byte[] buffer = new byte[1 << 16];
        for (int i = 0; i < warmup + pages; i++) {
            if (i == warmup) {
                start = System.nanoTime();
                bytes = 0;
            }
            HttpResponse<InputStream> page = client.send(HttpRequest.newBuilder(emulator.baseUrl().resolve(next))
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = page.body()) {
                int head = in.readNBytes(buffer, 0, PAGE_HEAD_BYTES);
                next = jsonField(new String(buffer, 0, head, StandardCharsets.UTF_8), "nextRecordsUrl");
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

    private String post(String path, String json) throws IOException, InterruptedException {
        return client.send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private String get(String path) throws IOException, InterruptedException {
        return client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(emulator.baseUrl() + "/services/data/" + emulator.apiVersion() + path))
                .header("Authorization", "Bearer " + token);
    }

    private String jsonField(String json, String field) {
        if (field.equals("totalSize")) {
            Matcher number = Pattern.compile("\"totalSize\"\\s*:\\s*(\\d+)").matcher(json);
            return number.find() ? number.group(1) : "?";
        }
        Matcher matcher = Pattern.compile(String.format(JSON_STRING.pattern(), field)).matcher(json);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + field + " in " + json.substring(0, Math.min(300, json.length())));
        }
        return matcher.group(1);
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
