package dev.crosswalk.benchmarks;

import com.sun.net.httpserver.HttpServer;
import dev.crosswalk.testkit.salesforce.SalesforceEmulator;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
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

/**
 * JMH: the transport ceiling under {@link RestQueryPageBenchmark}. The same JDK HTTP server and client move a real
 * REST page of 2,000 Contacts, fetched once from the emulator and then served as prepared bytes, so ops/s is the page
 * rate no emulator work could beat.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgs = {"-Xmx512m", "-Dsun.net.httpserver.nodelay=true"})
public class StaticPageCeilingBenchmark {

    private HttpServer server;
    private ExecutorService executor;
    private HttpClient client;
    private URI page;

    @Setup(Level.Trial)
    public void start() throws IOException, InterruptedException {
        byte[] body;
        try (SalesforceEmulator emulator = SalesforceEmulator.builder().accounts(1_000).contacts(4_000).start()) {
            body = EmulatorClient.login(emulator).firstContactsPage().getBytes(StandardCharsets.UTF_8);
        }
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        executor = Executors.newCachedThreadPool();
        server.setExecutor(executor);
        server.start();
        client = HttpClient.newHttpClient();
        page = URI.create("http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort() + "/page");
    }

    @TearDown(Level.Trial)
    public void stop() {
        server.stop(0);
        executor.shutdownNow();
    }

    @Benchmark
    public int page() throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(page).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
