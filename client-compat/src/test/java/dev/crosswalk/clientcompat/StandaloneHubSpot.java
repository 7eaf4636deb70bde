package dev.crosswalk.clientcompat;

import dev.crosswalk.emulator.hubspot.HubSpotEmulatorMain;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HubSpot emulator as a user runs it: {@link HubSpotEmulatorMain} in its own JVM ({@code java -cp}), with what
 * a client needs read from the lines it prints. Closing it destroys that process. Not thread-safe.
 */
final class StandaloneHubSpot implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final Pattern BANNER_VALUE = Pattern.compile("^\\s*(base url|client id|client secret|private app token"
            + "|refresh token):\\s+(\\S+)");

    private final Process process;
    private final Map<String, List<String>> values;

    private StandaloneHubSpot(Process process, Map<String, List<String>> values) {
        this.process = process;
        this.values = values;
    }

    /**
     * Starts the emulator on a free port with these extra options and waits for its banner.
     *
     * @throws AssertionError if it does not print its banner within a minute
     */
    static StandaloneHubSpot start(String... options) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HubSpotEmulatorMain.class.getName(), "--port", "0"));
        command.addAll(List.of(options));
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command, e);
        }
        CompletableFuture<Map<String, List<String>>> banner = CompletableFuture.supplyAsync(() -> readBanner(process));
        try {
            return new StandaloneHubSpot(process, banner.get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS));
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            process.destroyForcibly();
            throw new AssertionError("the standalone HubSpot emulator printed no banner within " + START_TIMEOUT, e);
        }
    }

    /** Reads lines until {@code Press Ctrl+C}, then keeps draining the output so the process never blocks on it. */
    private static Map<String, List<String>> readBanner(Process process) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        try {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                Matcher matcher = BANNER_VALUE.matcher(line);
                if (matcher.find()) {
                    values.computeIfAbsent(matcher.group(1), any -> new ArrayList<>()).add(matcher.group(2));
                }
                if (line.contains("Press Ctrl+C")) {
                    Thread.ofVirtual().start(() -> out.lines().forEach(ignored -> { }));
                    return values;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalStateException("the emulator exited before printing its banner: " + values);
    }

    /**
     * The variables {@code src/test/js/lib/hubspot.mjs} reads, for one portal (0 is the first).
     */
    Map<String, String> environment(int portal) {
        return Map.of(
                "HUBSPOT_BASE_URL", value("base url", 0),
                // the first "private app token" line is the first portal's, printed ahead for scripts; then one per portal
                "HUBSPOT_TOKEN", value("private app token", portal + 1),
                "HUBSPOT_CLIENT_ID", value("client id", 0),
                "HUBSPOT_CLIENT_SECRET", value("client secret", 0),
                "HUBSPOT_REFRESH_TOKEN", value("refresh token", portal));
    }

    private String value(String name, int index) {
        List<String> found = values.getOrDefault(name, List.of());
        if (found.size() <= index) {
            throw new AssertionError("the emulator's banner has no '" + name + "' #" + index + ": " + values);
        }
        return found.get(index);
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
