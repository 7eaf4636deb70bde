package dev.crosswalk.benchmarks;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A closed-loop load: each of N clients sends one request, waits for the whole answer and sends the next, over one
 * keep-alive HTTP/1.1 {@link HttpClient}, for a fixed time. Every answer must be 200; any other ends the run.
 */
final class ClosedLoopLoad {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final HttpRequest request;

    ClosedLoopLoad(HttpRequest request) {
        this.request = request;
    }

    /** Sends requests from {@code clients} threads for {@code duration} and keeps every latency. */
    Sample run(int clients, Duration duration) throws InterruptedException {
        long started = System.nanoTime();
        long[] latencies = drive(clients, duration);
        return new Sample(latencies, (System.nanoTime() - started) / 1e9);
    }

    private long[] drive(int clients, Duration duration) throws InterruptedException {
        long deadline = System.nanoTime() + duration.toNanos();
        List<Future<long[]>> runs = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            for (int i = 0; i < clients; i++) {
                runs.add(pool.submit((Callable<long[]>) () -> loop(deadline)));
            }
            long[] all = new long[0];
            for (Future<long[]> run : runs) {
                long[] own = run.get();
                int before = all.length;
                all = Arrays.copyOf(all, before + own.length);
                System.arraycopy(own, 0, all, before, own.length);
            }
            return all;
        } catch (ExecutionException failed) {
            throw new IllegalStateException("a client failed: " + failed.getCause().getMessage(), failed.getCause());
        }
    }

    private long[] loop(long deadline) throws IOException, InterruptedException {
        long[] latencies = new long[1024];
        int count = 0;
        while (System.nanoTime() < deadline) {
            long sent = System.nanoTime();
            HttpResponse<Void> answer = http.send(request, HttpResponse.BodyHandlers.discarding());
            long took = System.nanoTime() - sent;
            if (answer.statusCode() != 200) {
                throw new IllegalStateException(request.uri() + " answered " + answer.statusCode());
            }
            if (count == latencies.length) {
                latencies = Arrays.copyOf(latencies, count * 2);
            }
            latencies[count++] = took;
        }
        return Arrays.copyOf(latencies, count);
    }

    private static double percentile(long[] sorted, double rank) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(rank * sorted.length) - 1)] / 1e6;
    }

    /** The latencies (nanoseconds) of one run and how long it took. */
    record Sample(long[] latencies, double seconds) {
    }

    /** One level's figures over several runs: requests per second and latency percentiles in milliseconds. */
    record Result(int clients, double requestsPerSecond, double p50Millis, double p99Millis) {

        static Result of(int clients, List<Sample> samples) {
            long[] all = samples.stream().flatMapToLong(sample -> Arrays.stream(sample.latencies())).sorted()
                    .toArray();
            double seconds = samples.stream().mapToDouble(Sample::seconds).sum();
            return new Result(clients, all.length / seconds, percentile(all, 0.50), percentile(all, 0.99));
        }
    }
}
