package dev.crosswalk.spi.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.crosswalk.core.domain.Secret;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConfigSpecTest {

    private static final String CLIENT_SECRET = "8F3A-client-secret-value";

    private final ConfigSpec spec = ConfigSpec.builder()
            .key(ConfigKey.required("client_id", ConfigType.STRING, "The connected app's consumer key."))
            .key(ConfigKey.secret("client_secret", "The connected app's consumer secret."))
            .key(ConfigKey.optional("login_url", ConfigType.URL, "https://login.salesforce.com", "Where to log in."))
            .key(ConfigKey.optional("page_size", ConfigType.INTEGER, "200", "Records per query batch."))
            .key(ConfigKey.optional("session_timeout", ConfigType.DURATION, "PT2H", "The org's session timeout."))
            .key(ConfigKey.optional("sandbox", ConfigType.BOOLEAN, "false", "Whether the org is a sandbox | test."))
            .build();

    @Test
    void reportsEveryProblemInOneError() {
        Map<String, String> raw = Map.of(
                "client_secret", CLIENT_SECRET,
                "clinet_id", "typo",
                "page_size", "lots",
                "session_timeout", "2h",
                "login_url", "ftp://login.salesforce.com",
                "sandbox", "yes");

        ConfigValidationException error =
                catchThrowableOfType(ConfigValidationException.class, () -> spec.validate(raw));

        assertThat(error.problems()).hasSize(6);
        assertThat(error.problems()).anySatisfy(problem -> assertThat(problem).contains("'client_id'", "required"));
        assertThat(error.problems()).anySatisfy(problem -> assertThat(problem).contains("'clinet_id'", "not a known"));
        assertThat(error.problems()).anySatisfy(problem -> assertThat(problem).contains("'page_size'", "whole number"));
        assertThat(error.problems()).anySatisfy(problem -> assertThat(problem).contains("'session_timeout'", "PT2H"));
        assertThat(error.problems()).anySatisfy(problem -> assertThat(problem).contains("'login_url'", "http(s)"));
        assertThat(error.problems()).anySatisfy(problem -> assertThat(problem).contains("'sandbox'", "true or false"));
        assertThat(error.getMessage()).contains(error.problems());
    }

    @Test
    void quotesTheBadValueOfAnOrdinaryKeySoTheOperatorCanFindIt() {
        ConfigValidationException error = catchThrowableOfType(ConfigValidationException.class,
                () -> spec.validate(valid(Map.of("page_size", "lots"))));

        assertThat(error.problems()).containsExactly("'page_size' must be a whole number, was 'lots'");
    }

    @Test
    void neverQuotesASensitiveValueInAProblem() {
        ConfigSpec withSensitiveTypes = ConfigSpec.builder()
                .key(ConfigKey.of("pin", ConfigType.INTEGER, null, true, "A PIN."))
                .key(ConfigKey.of("webhook", ConfigType.URL, null, true, "A URL with a token in it."))
                .key(ConfigKey.of("flag", ConfigType.BOOLEAN, null, true, "A secret flag."))
                .key(ConfigKey.of("ttl", ConfigType.DURATION, null, true, "A secret duration."))
                .build();

        ConfigValidationException error = catchThrowableOfType(ConfigValidationException.class,
                () -> withSensitiveTypes.validate(Map.of(
                        "pin", "pin-hunter2", "webhook", "hooks.example.com/hunter2", "flag", "hunter2",
                        "ttl", "hunter2")));

        assertThat(error.problems()).hasSize(4).allSatisfy(problem -> assertThat(problem).doesNotContain("hunter2"));
        assertThat(error.getMessage()).doesNotContain("hunter2");
    }

    @Test
    void neverQuotesTheValueOfAnUnknownKeyWhichMayBeAMisspeltSecret() {
        Map<String, String> raw = valid(Map.of("client_secert", CLIENT_SECRET));

        ConfigValidationException error =
                catchThrowableOfType(ConfigValidationException.class, () -> spec.validate(raw));

        assertThat(error.getMessage()).contains("client_secert").doesNotContain(CLIENT_SECRET);
    }

    @Test
    void treatsABlankRequiredValueAsMissing() {
        ConfigValidationException error = catchThrowableOfType(ConfigValidationException.class,
                () -> spec.validate(valid(Map.of("client_id", "  "))));

        assertThat(error.problems()).singleElement().asString().contains("'client_id' is required");
    }

    @Test
    void fillsInDefaultsForAbsentKeys() {
        ConnectorConfig config = spec.validate(valid(Map.of()));

        assertThat(config.url("login_url")).isEqualTo(URI.create("https://login.salesforce.com"));
        assertThat(config.integer("page_size")).isEqualTo(200);
        assertThat(config.duration("session_timeout")).isEqualTo(Duration.ofHours(2));
        assertThat(config.bool("sandbox")).isFalse();
    }

    @Test
    void readsGivenValuesThroughTypedGetters() {
        ConnectorConfig config = spec.validate(valid(Map.of(
                "login_url", " https://test.salesforce.com ",
                "page_size", " 2000 ",
                "session_timeout", "PT15M",
                "sandbox", "true")));

        assertThat(config.string("client_id")).isEqualTo("3MVG9-consumer-key");
        assertThat(config.secret("client_secret")).isEqualTo(Secret.of(CLIENT_SECRET));
        assertThat(config.url("login_url")).isEqualTo(URI.create("https://test.salesforce.com"));
        assertThat(config.integer("page_size")).isEqualTo(2000);
        assertThat(config.duration("session_timeout")).isEqualTo(Duration.ofMinutes(15));
        assertThat(config.bool("sandbox")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"login.salesforce.com", "https:///services", "mailto:ops@example.com", "not a url"})
    void refusesAnythingButAnAbsoluteHttpUrlWithAHost(String url) {
        assertThatThrownBy(() -> spec.validate(valid(Map.of("login_url", url))))
                .isInstanceOf(ConfigValidationException.class)
                .hasMessageContaining("'login_url'");
    }

    @Test
    void refusesToHandOutASensitiveValueAsPlainText() {
        ConnectorConfig config = spec.validate(valid(Map.of()));

        assertThatThrownBy(() -> config.string("client_secret"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("secret()")
                .hasMessageNotContaining(CLIENT_SECRET);
    }

    @Test
    void refusesToWrapAnOrdinaryValueAsASecret() {
        ConnectorConfig config = spec.validate(valid(Map.of()));

        assertThatThrownBy(() -> config.secret("client_id"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("string()");
    }

    @Test
    void refusesAGetterOfTheWrongTypeOrAnUndeclaredKey() {
        ConnectorConfig config = spec.validate(valid(Map.of()));

        assertThatThrownBy(() -> config.integer("client_id")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> config.bool("page_size")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> config.string("nope")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void masksSensitiveValuesWhenTheConfigurationIsPrinted() {
        ConnectorConfig config = spec.validate(valid(Map.of()));

        assertThat(config.toString())
                .doesNotContain(CLIENT_SECRET)
                .contains("client_secret=****")
                .contains("client_id=3MVG9-consumer-key")
                .contains("page_size=200");
    }

    @Test
    void aValidatedConfigurationIsUnaffectedByLaterChangesToTheRawMap() {
        Map<String, String> raw = new HashMap<>(valid(Map.of()));
        ConnectorConfig config = spec.validate(raw);

        raw.put("client_id", "changed");

        assertThat(config.string("client_id")).isEqualTo("3MVG9-consumer-key");
    }

    @Test
    void rendersEveryKeyInTheDocumentationTable() {
        String table = spec.toMarkdownTable();

        assertThat(table.lines()).hasSize(2 + 6);
        assertThat(table.lines().findFirst()).contains("| Key | Type | Default | Sensitive | Description |");
        assertThat(table)
                .contains("| `client_id` | string | required | no | The connected app's consumer key. |")
                .contains("| `client_secret` | string | required | yes | The connected app's consumer secret. |")
                .contains("| `login_url` | url | `https://login.salesforce.com` | no | Where to log in. |")
                .contains("| `page_size` | integer | `200` | no |")
                .contains("| `sandbox` | boolean | `false` | no | Whether the org is a sandbox \\| test. |");
    }

    @Test
    void neverRendersTheDefaultOfASensitiveKeyInTheDocumentationTable() {
        ConfigSpec withSecretDefault = ConfigSpec.builder()
                .key(ConfigKey.of("demo_token", ConfigType.STRING, "demo-hunter2", true, "Token for the demo org."))
                .build();

        assertThat(withSecretDefault.toMarkdownTable())
                .doesNotContain("hunter2")
                .contains("| `demo_token` | string | (hidden) | yes |");
    }

    @Test
    void keepsTheKeysInDeclarationOrder() {
        assertThat(spec.keys()).extracting(ConfigKey::name)
                .containsExactly("client_id", "client_secret", "login_url", "page_size", "session_timeout", "sandbox");
    }

    @Test
    void refusesAKeyDeclaredTwice() {
        ConfigSpec.Builder builder = ConfigSpec.builder().key(ConfigKey.secret("client_secret", "first"));

        assertThatThrownBy(() -> builder.key(ConfigKey.required("client_secret", ConfigType.STRING, "again")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("client_secret");
    }

    @Test
    void acceptsAConfigurationWithNoProblems() {
        assertThatCode(() -> spec.validate(valid(Map.of()))).doesNotThrowAnyException();
    }

    /** The smallest valid configuration, with {@code changes} laid over it. */
    private static Map<String, String> valid(Map<String, String> changes) {
        Map<String, String> raw =
                new HashMap<>(Map.of("client_id", "3MVG9-consumer-key", "client_secret", CLIENT_SECRET));
        raw.putAll(changes);
        return raw;
    }

    @Test
    void acceptsAnOptionalSecretLeftOutAndMasksItWhenGiven() {
        ConfigSpec withKey = ConfigSpec.builder()
                .key(ConfigKey.optionalSecret("jwt_private_key", "PEM key for the JWT bearer flow."))
                .build();

        ConnectorConfig absent = withKey.validate(Map.of());
        ConnectorConfig given = withKey.validate(Map.of("jwt_private_key", "-----BEGIN PRIVATE KEY-----"));

        assertThat(absent.optionalSecret("jwt_private_key")).isEmpty();
        assertThat(given.optionalSecret("jwt_private_key").orElseThrow().reveal())
                .isEqualTo("-----BEGIN PRIVATE KEY-----");
        assertThat(given.toString()).doesNotContain("BEGIN");
        assertThat(withKey.toMarkdownTable()).contains("| `jwt_private_key` | string | optional | yes |");
        assertThatThrownBy(() -> withKey.validate(Map.of("jwt_private_key", " ")))
                .isInstanceOf(ConfigValidationException.class).hasMessageContaining("is blank");
    }
}
