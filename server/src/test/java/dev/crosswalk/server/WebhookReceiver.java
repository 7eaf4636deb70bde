package dev.crosswalk.server;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/** A tenant's webhook endpoint for tests: records every request and answers the status it is told to. */
final class WebhookReceiver implements AutoCloseable {

    /** One request as received, and what it was answered. */
    record Received(Map<String, String> headers, byte[] body, int answered) {
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile int status;

    WebhookReceiver(int status) throws IOException {
        this.status = status;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hooks", exchange -> {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            Map<String, String> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, values.get(0)));
            int answer = this.status;
            received.add(new Received(headers, body, answer));
            exchange.sendResponseHeaders(answer, -1);
            exchange.close();
        });
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hooks");
    }

    void answer(int httpStatus) {
        this.status = httpStatus;
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    /** @return the first request matching {@code wanted}, waiting up to {@code patience} for it */
    Received await(Predicate<Received> wanted, Duration patience) throws InterruptedException {
        Instant deadline = Instant.now().plus(patience);
        while (Instant.now().isBefore(deadline)) {
            for (Received request : received) {
                if (wanted.test(request)) {
                    return request;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no such webhook request within " + patience + "; received " + received.size());
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
