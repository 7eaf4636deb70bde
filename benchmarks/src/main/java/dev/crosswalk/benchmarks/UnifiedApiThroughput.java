package dev.crosswalk.benchmarks;

import dev.crosswalk.emulator.support.RecordedRequest;
import java.io.IOException;
import java.net.URLDecoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code GET /unified/crm/contacts?page_size=200} through the bundled server's stack against the same SOQL page
 * straight from the emulator, both in this process, at several client counts (closed loop, keep-alive). The direct
 * request is the one the connector sent for the first unified request, so both sides serve the same 200 records.
 *
 * <p>Arguments: contacts the emulator generates (default 2,500, as the demo), seconds per level (15), and the client
 * counts (1,8,32). At each level both sides warm up, then alternate in 3-second rounds until each has run its time.
 * Prints one line per level: requests/s and p50/p99 latency of each side, the throughput ratio and the latency the
 * server adds at the median.
 */
public final class UnifiedApiThroughput {

    /** The two sides alternate in rounds this long, so a drift in the machine's speed touches both alike. */
    private static final Duration ROUND = Duration.ofSeconds(3);

    private UnifiedApiThroughput() {
    }

    public static void main(String[] args) throws Exception {
        int contacts = args.length > 0 ? Integer.parseInt(args[0]) : 2_500;
        Duration perLevel = Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : 15);
        int[] levels = args.length > 2 ? Arrays.stream(args[2].split(",")).mapToInt(Integer::parseInt).toArray()
                : new int[] {1, 8, 32};
        Duration warmup = Duration.ofSeconds(Math.max(3, perLevel.toSeconds() / 3));
        Path data = Files.createTempDirectory("crosswalk-bench");
        try (BundledServer server = BundledServer.start(data, contacts)) {
            HttpRequest unified = HttpRequest.newBuilder(server.unified("contacts?page_size=200"))
                    .header("Authorization", server.authorization()).GET().build();
            new ClosedLoopLoad(unified).run(1, Duration.ofSeconds(1));
            HttpRequest direct = EmulatorClient.login(server.emulator())
                    .path(connectorQuery(server)).GET().build();
            System.out.printf("%d contacts, %d s per level after %d s warm-up, %d cores%n", contacts,
                    perLevel.toSeconds(), warmup.toSeconds(), Runtime.getRuntime().availableProcessors());
            System.out.println("direct: GET " + direct.uri().getRawPath() + "?q="
                    + URLDecoder.decode(direct.uri().getRawQuery().substring(2), StandardCharsets.UTF_8));
            System.out.println("clients | direct req/s  p50 ms  p99 ms | unified req/s  p50 ms  p99 ms "
                    + "| ratio | added p50 ms");
            for (int clients : levels) {
                ClosedLoopLoad straight = new ClosedLoopLoad(direct);
                ClosedLoopLoad through = new ClosedLoopLoad(unified);
                straight.run(clients, warmup);
                through.run(clients, warmup);
                List<ClosedLoopLoad.Sample> straightSamples = new ArrayList<>();
                List<ClosedLoopLoad.Sample> throughSamples = new ArrayList<>();
                for (long round = 0; round < perLevel.toSeconds(); round += ROUND.toSeconds()) {
                    straightSamples.add(straight.run(clients, ROUND));
                    throughSamples.add(through.run(clients, ROUND));
                }
                print(ClosedLoopLoad.Result.of(clients, straightSamples),
                        ClosedLoopLoad.Result.of(clients, throughSamples));
            }
        } finally {
            deleteTree(data);
        }
    }

    private static void print(ClosedLoopLoad.Result straight, ClosedLoopLoad.Result through) {
        System.out.printf("%7d | %12.0f %7.2f %7.2f | %13.0f %7.2f %7.2f | %5.2f | %12.2f%n", straight.clients(),
                straight.requestsPerSecond(), straight.p50Millis(), straight.p99Millis(),
                through.requestsPerSecond(), through.p50Millis(), through.p99Millis(),
                through.requestsPerSecond() / straight.requestsPerSecond(),
                through.p50Millis() - straight.p50Millis());
    }

    /** The query request the connector sent for the warm-up call: the page the unified route serves. */
    private static String connectorQuery(BundledServer server) {
        List<RecordedRequest> requests = server.emulator().requestLog().requests();
        RecordedRequest query = requests.stream().filter(sent -> sent.path().endsWith("/query"))
                .reduce((first, second) -> second)
                .orElseThrow(() -> new IllegalStateException("the connector sent no query: " + requests));
        return query.path() + "?" + query.query();
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
