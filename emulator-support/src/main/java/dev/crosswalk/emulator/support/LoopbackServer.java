package dev.crosswalk.emulator.support;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The JDK HTTP server on 127.0.0.1, one virtual thread per request, with {@code TCP_NODELAY} on. Thread-safe;
 * {@link #close()} is idempotent.
 */
public final class LoopbackServer implements AutoCloseable {

    static {
        // The JDK server reads this once, when its first instance is created. Without TCP_NODELAY every response
        // waits for the client's delayed ACK (about 40 ms), which caps a client at ~25 sequential requests a second.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final AtomicBoolean closed = new AtomicBoolean();

    private LoopbackServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /**
     * Binds and starts a server that hands every request to {@code handler}.
     *
     * @param port 0 picks a free port
     * @throws UncheckedIOException if the port cannot be bound
     */
    public static LoopbackServer start(int port, HttpHandler handler) {
        ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 128);
            server.createContext("/", handler);
            server.setExecutor(executor);
            server.start();
            return new LoopbackServer(server, executor);
        } catch (IOException e) {
            executor.shutdownNow();
            throw new UncheckedIOException("cannot listen on 127.0.0.1:" + port, e);
        }
    }

    /** {@code http://127.0.0.1:<port>}, without a trailing slash. */
    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Stops the server at once; open connections are dropped. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            server.stop(0);
            executor.shutdownNow();
        }
    }
}
