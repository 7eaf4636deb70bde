package dev.crosswalk.benchmarks;

import dev.crosswalk.testkit.salesforce.SalesforceEmulator;
import java.io.IOException;
import java.net.http.HttpResponse;
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

/** JMH: one REST query-more page of 2,000 Contacts fetched over HTTP per operation (ops/s = pages/s). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgs = {"-Xmx512m"})
public class RestQueryPageBenchmark {

    private SalesforceEmulator emulator;
    private EmulatorClient client;
    private String locatorPrefix;
    private int offset;

    @Setup(Level.Trial)
    public void start() throws IOException, InterruptedException {
        emulator = SalesforceEmulator.builder().accounts(1_000).contacts(1_000_000).start();
        client = EmulatorClient.login(emulator);
        String next = EmulatorClient.jsonField(client.firstContactsPage(), "nextRecordsUrl");
        locatorPrefix = next.substring(0, next.lastIndexOf('-') + 1);
    }

    @TearDown(Level.Trial)
    public void stop() {
        emulator.close();
    }

    @Benchmark
    public int page() throws IOException, InterruptedException {
        offset = offset + 2000 >= 998_000 ? 2000 : offset + 2000;
        int status = client.http().send(client.path(locatorPrefix + offset).GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
        if (status != 200) {
            throw new IllegalStateException("page at offset " + offset + " answered " + status);
        }
        return status;
    }
}
