package dev.crosswalk.clientcompat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosswalk.emulator.support.RecordedRequest;
import dev.crosswalk.testkit.salesforce.EmulatorCredentials;
import dev.crosswalk.testkit.salesforce.SalesforceEmulator;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs one scenario script from {@code src/test/js} under Node.js against an emulator and returns the JSON document
 * the script printed.
 *
 * <p>The first call installs the pinned client with {@code npm ci} unless {@code node_modules} already matches
 * {@code package-lock.json} (a marker file in {@code target/client-compat} holds the lock's SHA-256). Missing or too
 * old {@code node}, or missing {@code npm}, fails the test when the environment has {@code CI=true} and aborts it
 * (reported as skipped, with the reason) elsewhere: decision 0010. A failing {@code npm ci} always fails. Each
 * script run is bounded by {@link #SCRIPT_TIMEOUT}; its stdout and stderr are kept in
 * {@code target/client-compat/logs}.
 *
 * <p>Thread-safe; the installation happens at most once per JVM.
 */
final class NodeScenario {

    /** Upper bound for one script run; a scenario takes one or two seconds. */
    static final Duration SCRIPT_TIMEOUT = Duration.ofSeconds(60);

    private static final Duration INSTALL_TIMEOUT = Duration.ofMinutes(5);
    private static final int MINIMUM_NODE_MAJOR = 18;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger RUNS = new AtomicInteger();
    private static final Path MODULE_DIR = directory("clientcompat.moduleDir", Path.of(""));
    private static final Path WORK_DIR = directory("clientcompat.workDir", MODULE_DIR.resolve("target/client-compat"));

    private static Path node;

    private NodeScenario() {
    }

    /**
     * Runs {@code script} (a file name in {@code src/test/js}) against {@code emulator} with the default org's
     * credentials, plus {@code extraEnv}.
     *
     * @return the JSON document the script printed on stdout
     * @throws AssertionError if the script fails, times out or prints no JSON, or if Node.js is missing under CI
     * @throws org.opentest4j.TestAbortedException if Node.js is missing outside CI
     */
    static JsonNode run(SalesforceEmulator emulator, String script, Map<String, String> extraEnv) {
        Map<String, String> env = new LinkedHashMap<>(environment(emulator));
        env.putAll(extraEnv);
        return run(script, env);
    }

    /**
     * Runs {@code script} (a file name in {@code src/test/js}) with exactly the emulator variables in {@code env}
     * ({@code SF_*} and {@code HUBSPOT_*} variables of the JVM's own environment are left out).
     *
     * @return the JSON document the script printed on stdout
     * @throws AssertionError if the script fails, times out or prints no JSON, or if Node.js is missing under CI
     * @throws org.opentest4j.TestAbortedException if Node.js is missing outside CI
     */
    static JsonNode run(String script, Map<String, String> env) {
        Path nodeExecutable = ensureInstalled();
        int number = RUNS.incrementAndGet();
        String baseName = "%03d-%s".formatted(number, script.replace(".mjs", ""));
        Path logs = WORK_DIR.resolve("logs");
        Path stdout = logs.resolve(baseName + ".out.json");
        Path stderr = logs.resolve(baseName + ".err.txt");
        Path scriptPath = MODULE_DIR.resolve("src/test/js").resolve(script);
        if (!Files.isRegularFile(scriptPath)) {
            throw new AssertionError("no scenario script " + scriptPath);
        }
        ProcessBuilder builder = new ProcessBuilder(nodeExecutable.toString(), scriptPath.toString())
                .directory(MODULE_DIR.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
                .redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("SF_") || name.startsWith("HUBSPOT_"));
        builder.environment().putAll(env);
        int exit = execute(builder, SCRIPT_TIMEOUT, "node " + script);
        String out = read(stdout);
        if (exit != 0) {
            throw new AssertionError("node " + script + " exited with " + exit + "; stderr:\n" + read(stderr)
                    + "\nstdout:\n" + out);
        }
        if (out.isBlank()) {
            throw new AssertionError("node " + script + " exited with 0 but printed nothing; stderr:\n" + read(stderr));
        }
        try {
            return JSON.readTree(out);
        } catch (JsonProcessingException e) {
            throw new AssertionError("node " + script + " printed no JSON document (see " + stdout + "):\n" + out, e);
        }
    }

    /** Runs {@code script} with the default org's credentials only. */
    static JsonNode run(SalesforceEmulator emulator, String script) {
        return run(emulator, script, Map.of());
    }

    /**
     * Runs {@code script} like {@link #run(SalesforceEmulator, String, Map)} and also returns the requests it sent
     * after its initial token refresh ({@link #afterInitialRefresh}). The emulator's request log must hold this run's
     * requests only: a fresh emulator, or one whose log was cleared since the last run.
     *
     * @throws AssertionError as {@link #run(SalesforceEmulator, String, Map)} does, or if the requests do not start
     *     with the refresh prologue
     */
    static Run runWithRequests(SalesforceEmulator emulator, String script, Map<String, String> extraEnv) {
        JsonNode result = run(emulator, script, extraEnv);
        return new Run(result, afterInitialRefresh(emulator.requestLog().requests()));
    }

    /** Runs {@code script} with the default org's credentials only, and returns its requests as well. */
    static Run runWithRequests(SalesforceEmulator emulator, String script) {
        return runWithRequests(emulator, script, Map.of());
    }

    /**
     * The requests of one script run after its initial token refresh. A script's Connection starts with a refresh
     * token only, so jsforce sends its first call without a session, gets 401 {@code INVALID_SESSION_ID}, refreshes
     * and repeats the call: this checks that prologue and returns the requests from the repeated call on.
     *
     * @throws AssertionError if the run did not start that way
     */
    static List<RecordedRequest> afterInitialRefresh(List<RecordedRequest> run) {
        if (run.size() < 3 || run.get(0).status() != 401 || !run.get(1).method().equals("POST")
                || !run.get(1).path().equals("/services/oauth2/token") || run.get(1).status() != 200
                || !run.get(2).path().equals(run.get(0).path()) || !run.get(2).method().equals(run.get(0).method())) {
            throw new AssertionError("expected the run to start with a call answered 401, a refresh_token grant"
                    + " answered 200 and the same call again, but the requests were: " + run);
        }
        return run.subList(2, run.size());
    }

    /**
     * One script run: the JSON document it printed and the requests it sent after its initial token refresh, in the
     * order the emulator logged them. The request list is an unmodifiable copy; the JSON tree is Jackson's, which the
     * tests only read.
     */
    record Run(JsonNode result, List<RecordedRequest> requests) {

        Run {
            requests = List.copyOf(requests);
        }
    }

    /** The variables every script reads; see {@code src/test/js/lib/scenario.mjs}. */
    static Map<String, String> environment(SalesforceEmulator emulator) {
        EmulatorCredentials app = emulator.credentials();
        return Map.of(
                "SF_LOGIN_URL", emulator.baseUrl().toString(),
                "SF_CLIENT_ID", app.clientId(),
                "SF_CLIENT_SECRET", app.clientSecret(),
                "SF_REFRESH_TOKEN", app.refreshToken(),
                "SF_API_VERSION", emulator.apiVersion().substring(1));
    }

    private static synchronized Path ensureInstalled() {
        if (node != null) {
            return node;
        }
        Path nodeExecutable = onPath("node").orElseThrow(() -> missing(
                "Node.js is not on the PATH: client-compat runs jsforce under node (" + MINIMUM_NODE_MAJOR
                        + "+) and installs it with npm. Install Node.js and npm, then rerun"));
        Path npm = onPath("npm").orElseThrow(() -> missing(
                "npm is not on the PATH (node is, at " + nodeExecutable + "): client-compat installs jsforce with"
                        + " 'npm ci'. Install npm (it ships with Node.js), then rerun"));
        requireNodeVersion(nodeExecutable);
        try {
            Files.createDirectories(WORK_DIR.resolve("logs"));
            Path lock = MODULE_DIR.resolve("package-lock.json");
            String lockHash = sha256(Files.readAllBytes(lock));
            Path marker = WORK_DIR.resolve("npm-ci.sha256");
            boolean current = Files.isRegularFile(marker)
                    && Files.readString(marker).strip().equals(lockHash)
                    && Files.isRegularFile(MODULE_DIR.resolve("node_modules/.package-lock.json"))
                    && Files.isRegularFile(MODULE_DIR.resolve("node_modules/jsforce/package.json"))
                    && Files.isRegularFile(MODULE_DIR.resolve("node_modules/@hubspot/api-client/package.json"));
            if (!current) {
                Files.deleteIfExists(marker);
                Path log = WORK_DIR.resolve("logs/npm-ci.txt");
                ProcessBuilder install = new ProcessBuilder(npm.toString(), "ci", "--no-audit", "--no-fund",
                        "--ignore-scripts")
                        .directory(MODULE_DIR.toFile())
                        .redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
                        .redirectErrorStream(true)
                        .redirectOutput(log.toFile());
                int exit = execute(install, INSTALL_TIMEOUT, "npm ci");
                if (exit != 0) {
                    throw new AssertionError("'npm ci' in " + MODULE_DIR + " exited with " + exit
                            + "; check that the npm registry is reachable. Output:\n" + read(log));
                }
                Files.writeString(marker, lockHash + "\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        node = nodeExecutable;
        return node;
    }

    private static void requireNodeVersion(Path nodeExecutable) {
        try {
            Path versionFile = Files.createTempFile("node-version", ".txt");
            try {
                ProcessBuilder builder = new ProcessBuilder(nodeExecutable.toString(), "--version")
                        .redirectErrorStream(true)
                        .redirectOutput(versionFile.toFile());
                int exit = execute(builder, Duration.ofSeconds(20), "node --version");
                String version = read(versionFile).strip();
                Matcher matcher = Pattern.compile("v(\\d+)\\.").matcher(version);
                if (exit != 0 || !matcher.lookingAt() || Integer.parseInt(matcher.group(1)) < MINIMUM_NODE_MAJOR) {
                    throw missing("client-compat needs Node.js " + MINIMUM_NODE_MAJOR + " or newer; "
                            + nodeExecutable + " --version said: " + version);
                }
            } finally {
                Files.deleteIfExists(versionFile);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Node.js or npm is missing: under CI (which has both) that is a failure; elsewhere the test is aborted with the
     * reason, so a developer with only a JDK still gets a passing build (decision 0010).
     */
    private static RuntimeException missing(String reason) {
        if ("true".equals(System.getenv("CI"))) {
            throw new AssertionError(reason + ". CI=true, so this is a failure, not a skip.");
        }
        Assumptions.abort(reason + "; skipped outside CI (CI=true makes this a failure).");
        throw new IllegalStateException("unreachable");
    }

    private static int execute(ProcessBuilder builder, Duration timeout, String what) {
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new AssertionError("cannot start " + what + ": " + e.getMessage(), e);
        }
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new AssertionError(what + " did not finish within " + timeout.toSeconds() + " s");
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for " + what, e);
        }
    }

    private static Optional<Path> onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return List.of(path.split(File.pathSeparator)).stream()
                .filter(dir -> !dir.isBlank())
                .map(dir -> Path.of(dir, command))
                .filter(Files::isExecutable)
                .filter(Files::isRegularFile)
                .findFirst();
    }

    private static Path directory(String property, Path fallback) {
        String value = System.getProperty(property);
        return (value == null || value.isBlank() ? fallback : Path.of(value)).toAbsolutePath().normalize();
    }

    private static File nullDevice() {
        return new File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "<cannot read " + file + ": " + e.getMessage() + ">";
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
