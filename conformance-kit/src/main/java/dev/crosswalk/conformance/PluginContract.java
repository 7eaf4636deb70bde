package dev.crosswalk.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosswalk.core.domain.UnifiedObject;
import dev.crosswalk.core.port.out.crm.MappingDocument;
import dev.crosswalk.spi.Connector;
import dev.crosswalk.spi.ConnectorPlugin;
import dev.crosswalk.spi.config.ConfigKey;
import dev.crosswalk.spi.config.ConfigSpec;
import dev.crosswalk.spi.config.ConfigValidationException;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/**
 * The plugin's contract (STYLE habits 1 and 4): {@link ServiceLoader} finds exactly one public, final plugin of the
 * connector's kind with a public no-argument constructor; the kind is lower-case letters, digits and {@code -}; the
 * created connector hands out the same ports on every call and at most one mapping file per unified object; the
 * configuration spec reports every problem at once. One fixture serves the whole class.
 *
 * @since 0.1
 */
public abstract class PluginContract extends ConnectorContract {

    /** For a connector's subclass, which supplies only {@link #startFixture()}. */
    protected PluginContract() {
        super(false);
    }

    @Test
    void serviceLoaderFindsExactlyOnePublicFinalPluginOfTheConnectorsKind() throws NoSuchMethodException {
        String kind = fixture().factory().kind();

        List<ConnectorPlugin> plugins = ServiceLoader.load(ConnectorPlugin.class).stream()
                .map(ServiceLoader.Provider::get)
                .filter(plugin -> plugin.connectorFactory().kind().equals(kind))
                .toList();

        assertThat(plugins).as("plugins of kind %s", kind).hasSize(1);
        Class<?> plugin = plugins.get(0).getClass();
        assertThat(Modifier.isPublic(plugin.getModifiers()) && Modifier.isFinal(plugin.getModifiers()))
                .as("%s is public and final", plugin.getName()).isTrue();
        assertThat(Modifier.isPublic(plugin.getConstructor().getModifiers())).as("a public no-argument constructor")
                .isTrue();
    }

    @Test
    void namesItsKindInLowerCaseLettersDigitsAndDashes() {
        assertThat(fixture().factory().kind()).matches("[a-z0-9]+(-[a-z0-9]+)*");
    }

    @Test
    void handsOutTheSamePortsOnEveryCall() {
        Connector connector = context().connector();

        assertThat(connector.records()).isNotNull().isSameAs(connector.records());
        assertThat(connector.schema()).isNotNull().isSameAs(connector.schema());
        assertThat(connector.quota()).isNotNull().isSameAs(connector.quota());
        assertThat(connector.records().capabilities()).isNotNull();
    }

    @Test
    void shipsAtMostOneMappingFilePerUnifiedObject() {
        List<UnifiedObject> mapped = context().connector().mappings().stream().map(MappingDocument::object).toList();

        assertThat(mapped).doesNotHaveDuplicates();
    }

    @Test
    void reportsEveryConfigurationProblemAtOnce() {
        ConfigSpec spec = fixture().factory().configSpec();
        List<String> required = spec.keys().stream()
                .filter(key -> key.isRequired() && key.defaultIfAbsent().isEmpty())
                .map(ConfigKey::name)
                .toList();

        assertThatThrownBy(() -> spec.validate(Map.of("conformance_unknown_key", "x")))
                .isInstanceOfSatisfying(ConfigValidationException.class, refused -> {
                    assertThat(refused.problems()).hasSize(required.size() + 1)
                            .anySatisfy(problem -> assertThat(problem).contains("conformance_unknown_key"));
                    required.forEach(name -> assertThat(refused.problems())
                            .anySatisfy(problem -> assertThat(problem).contains(name)));
                });
    }
}
