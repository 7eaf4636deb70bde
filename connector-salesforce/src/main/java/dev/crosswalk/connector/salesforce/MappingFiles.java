package dev.crosswalk.connector.salesforce;

import dev.crosswalk.core.domain.UnifiedObject;
import dev.crosswalk.core.port.out.crm.MappingDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Loads the connector's mapping files ({@code mappings/<object>.yaml}) from its own jar: every connector ships files of
 * the same names, so among the class path's resources of that name the one beside this class is taken. Stands in
 * for core's {@code MappingDocuments.fromClasspath} until that lands. Stateless.
 */
final class MappingFiles {

    private static final String KIND = SalesforceConnectorFactory.KIND;

    private MappingFiles() {
    }

    /**
     * @return one document per unified object with a file, in {@link UnifiedObject} order
     * @throws IllegalStateException when a file cannot be read
     */
    static List<MappingDocument> load() {
        List<MappingDocument> documents = new ArrayList<>();
        for (UnifiedObject object : UnifiedObject.values()) {
            String name = "mappings/" + object.singular() + ".yaml";
            resource(name).ifPresent(url -> documents.add(MappingDocument.of(object, KIND + ":" + name, read(url))));
        }
        return List.copyOf(documents);
    }

    private static Optional<URL> resource(String name) {
        ClassLoader loader = MappingFiles.class.getClassLoader();
        try {
            List<URL> candidates = Collections.list(loader.getResources(name));
            String home = home();
            return candidates.stream()
                    .filter(url -> home == null || url.toString().startsWith(home)
                            || url.toString().startsWith("jar:" + home + "!/"))
                    .findFirst();
        } catch (IOException unreadable) {
            throw new UncheckedIOException("the class path could not be searched for " + name, unreadable);
        }
    }

    /** @return where this class was loaded from (a directory or a jar), or {@code null} when unknown */
    private static String home() {
        CodeSource source = MappingFiles.class.getProtectionDomain().getCodeSource();
        return source == null || source.getLocation() == null ? null : source.getLocation().toString();
    }

    private static String read(URL url) {
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new IllegalStateException("the Salesforce mapping file " + url + " could not be read", unreadable);
        }
    }
}
