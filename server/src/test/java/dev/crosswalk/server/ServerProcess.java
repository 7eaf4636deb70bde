package dev.crosswalk.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The bundled server's shaded jar run as its own JVM with {@code serve}, as an operator runs a node. */
final class ServerProcess implements AutoCloseable {

    private static final Pattern SERVING = Pattern.compile("Crosswalk serves the unified API at (\\S+)");

    private final Process process;
    private final List<String> output = new ArrayList<>();
    private final URI url;

    private ServerProcess(Process process) throws Exception {
        this.process = process;
        CompletableFuture<URI> serving = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    synchronized (output) {
                        output.add(line);
                    }
                    Matcher matcher = SERVING.matcher(line);
                    if (matcher.find()) {
                        serving.complete(URI.create(matcher.group(1)));
                    }
                }
            } catch (IOException ended) {
                // the process went away
            }
            serving.completeExceptionally(new IllegalStateException("the server stopped: " + output()));
        }, "server-process-output");
        reader.setDaemon(true);
        reader.start();
        this.url = serving.get(60, TimeUnit.SECONDS);
    }

    /** Starts {@code java -jar target/crosswalk-server.jar serve --config <config>} with the token key. */
    static ServerProcess serve(Path config, String tokenKey) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx256m", "-jar",
                Path.of("target", "crosswalk-server.jar").toString(), "serve", "--config", config.toString())
                .redirectErrorStream(true);
        builder.environment().put(ServerSettings.TOKEN_KEY_ENV, tokenKey);
        return new ServerProcess(builder.start());
    }

    URI url() {
        return url;
    }

    String output() {
        synchronized (output) {
            return String.join("\n", output);
        }
    }

    /** Ends the process at once, as a crash or {@code kill -9} would: no shutdown hook runs. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        String log = output();
        if (log.contains(" ERROR ") || log.contains("Exception")) { // shown in the test report, for the failure's cause
            System.out.println("The server process at " + url + " logged errors:\n" + log);
        }
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            kill();
        }
    }
}
