package dev.crosswalk.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosswalk.testkit.salesforce.ConsentBrowser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code curl} the README's "The unified API" section shows is sent to the demo, started as the README's first
 * command starts it (its default seed and sizes), and must succeed: the documented examples keep working.
 */
class ReadmeCurlsTest {

    private static final Pattern CURL = Pattern.compile("^curl -s (.*)$");
    /** {@code printf 'FORMAT' "$EMU" "$APP_ID" ... > FILE}: each {@code %s} takes the next variable's demo value. */
    private static final Pattern PRINTF = Pattern.compile("^printf '(.*)'((?: \"\\$\\w+\")*) > (\\S+)$");
    private static final Pattern PRINTF_ARGUMENT = Pattern.compile("\"\\$(\\w+)\"");
    private static final Pattern METHOD = Pattern.compile("-X (\\w+) ");
    private static final Pattern HEADER = Pattern.compile("-H (\"[^\"]*\"|'[^']*') ");
    private static final Pattern BODY = Pattern.compile("--data-binary @(\\S+) ");
    /** {@code NAME=$(curl -s ... | sed -n 's/<regex>/\1/p')}: a value the README keeps for later lines. */
    private static final Pattern ASSIGNED = Pattern.compile("^(\\w+)=\\$\\((curl -s .*) \\| sed -n 's/(.*)/\\\\1/p'\\)$");
    private static final Pattern URL = Pattern.compile("\"(\\$(?:CW|API)[^\"]*)\"");

    @TempDir
    static Path dataDirectory;

    private static Demo demo;

    @BeforeAll
    static void start() {
        demo = Demo.start(dataDirectory, "127.0.0.1", 0, 2500);
    }

    @AfterAll
    static void stop() {
        demo.close();
    }

    /** Presses Allow on the emulator's consent page and follows its redirect to the server's callback. */
    private static void allowAsTheCustomerWould(HttpClient http, URI authorizeUrl) throws Exception {
        URI callback = new ConsentBrowser().allow(authorizeUrl);
        HttpResponse<String> stored = http.send(HttpRequest.newBuilder(callback).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(stored.statusCode()).as(callback + " -> " + stored.body()).isEqualTo(200);
    }

    /** @return what the demo's banner exports under that name */
    private static String demoValue(String variable) {
        return switch (variable) {
            case "EMU" -> demo.emulatorBaseUrl().toString();
            case "APP_ID" -> demo.customerAppCredentials().clientId();
            case "APP_SECRET" -> demo.customerAppCredentials().clientSecret();
            default -> throw new AssertionError("the demo exports no $" + variable);
        };
    }

    @Test
    void everyCurlOfTheUnifiedApiSectionSucceedsAgainstTheDemo() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        String section = readme.substring(readme.indexOf("## The unified API"), readme.indexOf("## Embedding"));
        List<String> files = new ArrayList<>();
        List<String> sent = new ArrayList<>();
        String body = null;
        int authorized = 0;
        Map<String, String> variables = new HashMap<>();
        HttpClient http = HttpClient.newHttpClient();
        for (String line : section.lines().map(String::strip).toList()) {
            Matcher printf = PRINTF.matcher(line);
            if (printf.matches()) {
                body = printf.group(1).replace("\\\\", "\\").replace("\\n", "\n");
                Matcher argument = PRINTF_ARGUMENT.matcher(printf.group(2));
                while (argument.find()) {
                    body = body.replaceFirst("%s", Matcher.quoteReplacement(demoValue(argument.group(1))));
                }
                files.add(printf.group(3));
                continue;
            }
            Matcher assigned = ASSIGNED.matcher(line);
            String variable = null;
            Pattern captured = null;
            if (assigned.matches()) {
                variable = assigned.group(1);
                captured = Pattern.compile(assigned.group(3).replace("\\(", "(").replace("\\)", ")"));
                line = assigned.group(2);
            }
            Matcher curl = CURL.matcher(line.replaceAll("\\s+#.*$", ""));
            if (!curl.matches()) {
                continue;
            }
            String arguments = curl.group(1) + " ";
            Matcher url = URL.matcher(arguments);
            assertThat(url.find()).as(line).isTrue();
            String target = url.group(1);
            for (var known : variables.entrySet()) {
                target = target.replace("$" + known.getKey(), known.getValue());
            }
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target
                    .replace("$CW", demo.url() + "/unified/crm")
                    .replace("$API", demo.url().toString())
                    .replace("$SF", "connection_id=" + Demo.CONNECTION.value())
                    .replace("$HS", "connection_id=" + Demo.HUBSPOT_CONNECTION.value())));
            Matcher header = HEADER.matcher(arguments);
            while (header.find()) {
                String value = header.group(1).substring(1, header.group(1).length() - 1)
                        .replace("$auth", "Authorization: Bearer " + demo.apiKey().reveal())
                        .replace("$KEY", demo.apiKey().reveal());
                int colon = value.indexOf(':');
                request.header(value.substring(0, colon).trim(), value.substring(colon + 1).trim());
            }
            Matcher method = METHOD.matcher(arguments);
            Matcher data = BODY.matcher(arguments);
            String verb = method.find() ? method.group(1) : "GET";
            request.method(verb, data.find() && files.contains(data.group(1))
                    ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody());

            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).as(line + " -> " + response.body()).isBetween(200, 299);
            assertThat(response.body()).as("no answer shows the customer app's secret")
                    .doesNotContain(demo.customerAppCredentials().clientSecret());
            sent.add(verb);
            if (variable != null) {
                Matcher value = captured.matcher(response.body());
                assertThat(value.matches()).as(line + " -> " + response.body()).isTrue();
                variables.put(variable, value.group(1));
            }
            if (response.body().contains("\"authorize_url\"")) {
                allowAsTheCustomerWould(http, URI.create(new ObjectMapper().readTree(response.body())
                        .get("authorize_url").asText()));
                authorized++;
            }
        }
        assertThat(authorized).as("the README connects an org by the customer's authorisation, with the operator's"
                + " Connected App and with the customer's own").isEqualTo(2);
        assertThat(variables).as("the README keeps the new webhook's id").containsKey("WH");
        assertThat(sent).as("the README shows curls for reading and for overrides").contains("GET", "PUT", "POST",
                "DELETE").hasSizeGreaterThan(15);
    }
}
