package dev.crosswalk.core.fakes;

import dev.crosswalk.core.port.out.host.WebhookSender;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records every request and answers the status it is told to (200 by default), or fails to connect. */
public final class RecordingWebhookSender implements WebhookSender {

    /** One request as sent. */
    public record Sent(URI url, Map<String, String> headers, byte[] body) {
        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final List<Sent> sent = new CopyOnWriteArrayList<>();
    private volatile int status = 200;
    private volatile boolean unreachable;

    public void answer(int httpStatus) {
        this.status = httpStatus;
        this.unreachable = false;
    }

    public void beUnreachable() {
        this.unreachable = true;
    }

    public List<Sent> sent() {
        return List.copyOf(sent);
    }

    @Override
    public int post(URI url, Map<String, String> headers, byte[] body) throws IOException {
        sent.add(new Sent(url, Map.copyOf(headers), body.clone()));
        if (unreachable) {
            throw new IOException("Connection refused");
        }
        return status;
    }
}
