package dev.crosswalk.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SettingsJsonTest {

    @Test
    void writesAFlatObjectWithSortedKeys() {
        assertThat(SettingsJson.write(Map.of("b", "2", "a", "1"))).isEqualTo("{\"a\":\"1\",\"b\":\"2\"}");
    }

    @Test
    void writesAnEmptyObjectForNoSettings() {
        assertThat(SettingsJson.write(Map.of())).isEqualTo("{}");
        assertThat(SettingsJson.read("{}")).isEmpty();
    }

    @Test
    void readsBackEveryCharacterItWrote() {
        Map<String, String> settings = Map.of(
                "quote\"d", "back\\slash",
                "lines", "a\nb\r\tc",
                "control", "\u0001\u001f",
                "text", "Zürich ✓ /");

        assertThat(SettingsJson.read(SettingsJson.write(settings))).isEqualTo(settings);
    }

    @Test
    void readsWhitespaceAndEscapesThatOtherWritersUse() {
        assertThat(SettingsJson.read(" { \"a\" : \"\\u00e9\\/\" ,\n \"b\":\"\" } "))
                .isEqualTo(Map.of("a", "é/", "b", ""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{", "{\"a\"}", "{\"a\":1}", "{\"a\":\"1\",}", "{\"a\":\"\\x\"}", "{} x", "[]"})
    void rejectsTextThatIsNotAFlatObjectOfStrings(String json) {
        assertThatThrownBy(() -> SettingsJson.read(json))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not a flat JSON object of strings");
    }
}
