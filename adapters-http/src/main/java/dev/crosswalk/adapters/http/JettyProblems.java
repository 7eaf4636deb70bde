package dev.crosswalk.adapters.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Jetty's own error answers (a malformed request line or percent-escape, a URI or headers too large, a request that
 * never reached Javalin) as {@code application/problem+json} instead of Jetty's HTML page, which echoes the URI. The
 * body never repeats the request. Thread-safe.
 */
final class JettyProblems extends ErrorHandler {

    private static final Logger LOG = LoggerFactory.getLogger(JettyProblems.class);

    private final ObjectMapper json;

    JettyProblems(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = request.getAttribute(ERROR_STATUS) instanceof Integer code ? code : 500;
        if (status >= 500) {
            LOG.error("the server failed before routing a request", request.getAttribute(ERROR_EXCEPTION));
        }
        byte[] body = Problems.body(json, StatusProblems.of(status), null);
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problems.CONTENT_TYPE);
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
        return true;
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, Problems.CONTENT_TYPE);
        return ByteBuffer.wrap(Problems.body(json, StatusProblems.of(status), null));
    }
}
