package dev.crosswalk.spi.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigSpecRulesTest {

    private final ConfigSpec spec = ConfigSpec.builder()
            .key(ConfigKey.optional("page_size", ConfigType.INTEGER, "100", "Rows per page."))
            .key(ConfigKey.required("region", ConfigType.STRING, "Data centre."))
            .key(ConfigKey.of("pin", ConfigType.STRING, "0000", true, "A PIN."))
            .rule("page_size", "from 1 to 100", value -> Long.parseLong(value) >= 1 && Long.parseLong(value) <= 100)
            .rule("region", "eu or us", value -> value.equals("eu") || value.equals("us"))
            .rule("pin", "four digits", value -> value.matches("\\d{4}"))
            .build();

    @Test
    void reportsEveryBrokenRuleTogetherWithOtherProblems() {
        assertThatThrownBy(() -> spec.validate(Map.of("page_size", "500", "region", "mars", "pin", "12a4", "extra", "x")))
                .isInstanceOfSatisfying(ConfigValidationException.class, invalid -> {
                    assertThat(invalid.problems()).containsExactlyInAnyOrder(
                            "'extra' is not a known key",
                            "'page_size' must be from 1 to 100, was '500'",
                            "'region' must be eu or us, was 'mars'",
                            "'pin' must be four digits, was (hidden)");
                    assertThat(invalid.getMessage()).doesNotContain("12a4");
                });
    }

    @Test
    void runsRulesOnlyOnValuesOfTheRightType() {
        assertThatThrownBy(() -> spec.validate(Map.of("page_size", "many", "region", "eu")))
                .isInstanceOfSatisfying(ConfigValidationException.class,
                        invalid -> assertThat(invalid.problems()).singleElement().asString().contains("whole number"));
    }

    @Test
    void acceptsValuesThatKeepEveryRule() {
        assertThat(spec.validate(Map.of("page_size", "50", "region", "us")).integer("page_size")).isEqualTo(50);
    }

    @Test
    void saysABlankOptionalValueIsBlankNotMissing() {
        assertThatThrownBy(() -> spec.validate(Map.of("page_size", " ", "region", "eu")))
                .isInstanceOfSatisfying(ConfigValidationException.class, invalid -> assertThat(invalid.problems())
                        .containsExactly("'page_size' is blank; leave it out to use the default"));
    }

    @Test
    void refusesARuleForAnUndeclaredKey() {
        assertThatThrownBy(() -> ConfigSpec.builder().rule("ghost", "anything", value -> true))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aKeyNeverPrintsASensitiveDefault() {
        assertThat(ConfigKey.of("pin", ConfigType.STRING, "0000", true, "A PIN.").toString()).doesNotContain("0000");
    }
}
