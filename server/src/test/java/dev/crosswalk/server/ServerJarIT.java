package dev.crosswalk.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's first command as a user runs it: the shaded jar, started as its own process in demo mode, serves the
 * printed curl. Proves the merged ServiceLoader files and the manifest of the packaged artifact.
 */
class ServerJarIT {

    private static final Pattern CURL = Pattern.compile("curl -s -H 'Authorization: Bearer (\\S+)' '(\\S+)'");

    @TempDir
    Path dataDirectory;

    @Test
    void theDemoJarServesThePrintedCurl() throws Exception {
        Path jar = Path.of("target", "crosswalk-server.jar");
        assertThat(jar).as("the shaded jar is built by 'package' before integration tests").exists();
        String java = ProcessHandle.current().info().command().orElse("java");
        Process demo = new ProcessBuilder(java, "-jar", jar.toString(), "demo", "--port", "0",
                "--data-dir", dataDirectory.toString(), "--contacts", "300")
                .redirectErrorStream(true)
                .start();
        List<String> output = new ArrayList<>();
        try {
            Matcher curl = awaitCurl(demo, output);
            assertThat(curl).as("banner printed within 60 s; output: %s", output).isNotNull();

            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(curl.group(2)))
                            .header("Authorization", "Bearer " + curl.group(1))
                            .timeout(Duration.ofSeconds(30))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode body = new ObjectMapper().readTree(response.body());
            assertThat(body.get("results")).hasSize(200);
            assertThat(body.get("results").get(0).get("custom_fields").get("LTV_Score__c")).isNotNull();
            assertThat(body.get("next_cursor").asText()).isNotBlank();
            assertThat(Files.exists(dataDirectory.resolve("token.key"))).isTrue();
            List<String> printed;
            synchronized (output) {
                printed = List.copyOf(output);
            }
            List<Matcher> curls = printed.stream().map(line -> CURL.matcher(line.trim())).filter(Matcher::matches)
                    .toList();
            assertThat(curls).as("a curl for each route the banner lists").hasSizeGreaterThanOrEqualTo(6);
            for (Matcher each : curls) {
                HttpResponse<String> answer = HttpClient.newHttpClient().send(
                        HttpRequest.newBuilder(URI.create(each.group(2)))
                                .header("Authorization", "Bearer " + each.group(1))
                                .timeout(Duration.ofSeconds(30)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(answer.statusCode()).as(each.group(2) + " -> " + answer.body()).isEqualTo(200);
            }
        } finally {
            demo.destroy();
            if (!demo.waitFor(20, TimeUnit.SECONDS)) {
                demo.destroyForcibly();
            }
        }
        assertThat(String.join("\n", output)).doesNotContain("Exception");
    }

    private static Matcher awaitCurl(Process demo, List<String> output) throws Exception {
        // The reader is never closed here: on success a daemon thread keeps draining it until the process ends.
        BufferedReader lines = new BufferedReader(new InputStreamReader(demo.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<Matcher> found = CompletableFuture.supplyAsync(() -> {
            try {
                String line;
                Matcher first = null;
                while ((line = lines.readLine()) != null) {
                    synchronized (output) {
                        output.add(line);
                    }
                    Matcher curl = CURL.matcher(line.trim());
                    if (curl.matches() && first == null) {
                        first = curl;
                    }
                    if (line.startsWith("Every route is in")) {
                        drainInBackground(lines);
                        return first;
                    }
                }
                return null;
            } catch (IOException closed) {
                return null;
            }
        });
        try {
            return found.get(60, TimeUnit.SECONDS);
        } catch (TimeoutException slow) {
            return null;
        }
    }

    private static void drainInBackground(BufferedReader lines) {
        Thread drain = new Thread(() -> {
            try {
                while (lines.readLine() != null) {
                    // keep the pipe empty so the demo never blocks on a full buffer
                }
            } catch (IOException closed) {
                // the process ended
            }
        }, "demo-output");
        drain.setDaemon(true);
        drain.start();
    }
}
