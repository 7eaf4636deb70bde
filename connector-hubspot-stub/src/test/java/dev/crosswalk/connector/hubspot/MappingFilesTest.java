package dev.crosswalk.connector.hubspot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosswalk.core.domain.UnifiedObject;
import dev.crosswalk.core.port.out.crm.MappingDocument;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

class MappingFilesTest {

    private static final List<UnifiedObject> ALL =
            List.of(UnifiedObject.CONTACT, UnifiedObject.ACCOUNT, UnifiedObject.OPPORTUNITY);
    /** A plain path of the mapping format; anything else in these files is a constant such as {@code 'work'}. */
    private static final Pattern PLAIN_PATH = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");

    private static final URL HOME = MappingFiles.class.getProtectionDomain().getCodeSource().getLocation();

    @Test
    void readsItsOwnFilesWhenAnotherJarEarlierOnTheClassPathHasTheSameNames(@TempDir Path otherConnector)
            throws IOException {
        Files.createDirectories(otherConnector.resolve("mappings"));
        Files.writeString(otherConnector.resolve("mappings/contact.yaml"), "object: Contact\n");
        try (URLClassLoader classPath = new URLClassLoader(new URL[] {otherConnector.toUri().toURL(), HOME}, null)) {
            List<MappingDocument> documents = new MappingFiles(classPath, HOME).load(List.of(UnifiedObject.CONTACT));

            assertThat(documents).singleElement().satisfies(contact -> assertThat(contact.text())
                    .contains("object: contacts")
                    .doesNotContain("object: Contact\n"));
        }
    }

    @Test
    void failsClearlyWhenItsOwnJarLacksAFile(@TempDir Path emptyHome, @TempDir Path otherConnector)
            throws IOException {
        Files.createDirectories(otherConnector.resolve("mappings"));
        Files.writeString(otherConnector.resolve("mappings/account.yaml"), "object: Account\n");
        URL home = emptyHome.toUri().toURL();
        try (URLClassLoader classPath = new URLClassLoader(new URL[] {otherConnector.toUri().toURL(), home}, null)) {
            MappingFiles files = new MappingFiles(classPath, home);

            assertThatThrownBy(() -> files.load(List.of(UnifiedObject.ACCOUNT)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("mappings/account.yaml")
                    .hasMessageContaining(home.toString());
        }
    }

    @Test
    void namesTheHubSpotObjectOfEachUnifiedObject() {
        assertThat(ALL).extracting(object -> yaml(object).get("object"))
                .containsExactly("contacts", "companies", "deals");
    }

    @Test
    void readsOnlyPropertiesTheirObjectHas() {
        for (UnifiedObject object : ALL) {
            Map<String, Object> file = yaml(object);
            CannedObject hubSpot = CannedHubSpot.object((String) file.get("object")).orElseThrow();
            List<String> paths = new ArrayList<>();
            collectPaths(file.get("response"), paths);
            collectPaths(file.get("query"), paths);

            assertThat(paths).as(object.singular()).isNotEmpty()
                    .allSatisfy(path -> assertThat(hubSpot.property(path)).as(path).isPresent());
        }
    }

    @Test
    void writesOnlyUnifiedFieldsOfTheirObject() {
        for (UnifiedObject object : ALL) {
            @SuppressWarnings("unchecked")
            Map<String, Object> response = (Map<String, Object>) yaml(object).get("response");

            assertThat(object.fields()).as(object.singular()).containsKeys(response.keySet().toArray(String[]::new));
            assertThat(response).containsKey(UnifiedObject.ID);
        }
    }

    @Test
    void sendsExactlyTheCustomPropertiesToCustomFields() {
        for (UnifiedObject object : ALL) {
            Map<String, Object> file = yaml(object);
            Pattern custom = Pattern.compile((String) file.get("custom_fields"));
            CannedObject hubSpot = CannedHubSpot.object((String) file.get("object")).orElseThrow();

            assertThat(hubSpot.properties()).as(object.singular()).allSatisfy(property ->
                    assertThat(custom.matcher(property.name()).find()).as(property.name()).isEqualTo(property.custom()));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> yaml(UnifiedObject object) {
        MappingDocument document = MappingFiles.ofThisConnector().load(List.of(object)).get(0);
        return (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(document.text());
    }

    /** Plain paths among the values, recursively; constants (JSONata string literals) are skipped. */
    private static void collectPaths(Object value, List<String> paths) {
        if (value instanceof Map<?, ?> map) {
            map.values().forEach(nested -> collectPaths(nested, paths));
        } else if (value instanceof List<?> list) {
            list.forEach(item -> collectPaths(item, paths));
        } else if (value instanceof String text && PLAIN_PATH.matcher(text).matches()) {
            paths.add(text);
        } else if (value instanceof String text) {
            assertThat(text).as("a constant, as the plain form allows").matches("'[^']*'");
        }
    }
}
