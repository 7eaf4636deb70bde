package dev.crosswalk.benchmarks;

import dev.crosswalk.testkit.salesforce.EmulatorCredentials;
import dev.crosswalk.testkit.salesforce.SalesforceEmulator;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/** JMH: one REST query-more page of 2,000 Contacts fetched over HTTP per operation (ops/s = pages/s). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgs = {"-Xmx512m"})
public class RestQueryPageBenchmark {

    private static final Pattern NEXT = Pattern.compile("\"nextRecordsUrl\":\"([^\"]+)\"");
    private static final Pattern TOKEN = Pattern.compile("\"access_token\":\"([^\"]+)\"");

    private SalesforceEmulator emulator;
    private HttpClient client;
    private String token;
    private String locatorPrefix;
    private int offset;

    @Setup(Level.Trial)
    public void start() throws IOException, InterruptedException {
        emulator = SalesforceEmulator.builder().accounts(1_000).contacts(1_000_000).start();
        client = HttpClient.newHttpClient();
        EmulatorCredentials app = emulator.credentials();
        String form = "grant_type=refresh_token&client_id=" + enc(app.clientId()) + "&client_secret=" + enc(app.clientSecret())
                + "&refresh_token=" + enc(app.refreshToken());
        String body = client.send(HttpRequest.newBuilder(emulator.baseUrl().resolve("/services/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString()).body();
        token = find(TOKEN, body);
        String soql = "SELECT Id, FirstName, LastName, Email, Phone, AccountId, LTV_Score__c, CreatedDate FROM Contact";
        String first = fetch(URI.create(emulator.baseUrl() + "/services/data/" + emulator.apiVersion() + "/query?q=" + enc(soql)));
        String next = find(NEXT, first);
        locatorPrefix = next.substring(0, next.lastIndexOf('-') + 1);
    }

    @TearDown(Level.Trial)
    public void stop() {
        emulator.close();
    }

    @Benchmark
    public int page() throws IOException, InterruptedException {
        offset = offset + 2000 >= 998_000 ? 2000 : offset + 2000;
        int status = client.send(HttpRequest.newBuilder(emulator.baseUrl().resolve(locatorPrefix + offset))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        if (status != 200) {
            throw new IllegalStateException("page at offset " + offset + " answered " + status);
        }
        return status;
    }

    private String fetch(URI uri) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException("unexpected response: " + text.substring(0, Math.min(200, text.length())));
        }
        return matcher.group(1);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
