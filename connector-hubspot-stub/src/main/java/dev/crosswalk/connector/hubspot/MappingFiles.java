package dev.crosswalk.connector.hubspot;

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

/**
 * Reads the stub's mapping files, {@code mappings/<object>.yaml}, from this connector's own jar (or classes
 * directory). Every connector names its files the same way and all connector jars share the application class path
 * (decision 0004), so the first resource of that name may be another connector's: the files are picked by where
 * they come from, not by order.
 */
final class MappingFiles {

    private static final String SOURCE_PREFIX = "hubspot-stub:";

    private final ClassLoader loader;
    private final URL home;

    /**
     * @param loader where to look for the files
     * @param home the jar or classes directory the files must come from
     */
    MappingFiles(ClassLoader loader, URL home) {
        this.loader = loader;
        this.home = home;
    }

    /** @return the loader for this connector's own files */
    static MappingFiles ofThisConnector() {
        CodeSource source = MappingFiles.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            throw new IllegalStateException("cannot tell which jar the HubSpot stub was loaded from, so cannot find"
                    + " its mapping files; load it from a jar or a classes directory");
        }
        return new MappingFiles(MappingFiles.class.getClassLoader(), source.getLocation());
    }

    /**
     * @return one document per unified object, in {@link UnifiedObject} order
     * @throws IllegalStateException when a file is missing from this connector's jar or cannot be read
     */
    List<MappingDocument> load(List<UnifiedObject> objects) {
        List<MappingDocument> documents = new ArrayList<>();
        for (UnifiedObject object : objects) {
            String name = "mappings/" + object.singular() + ".yaml";
            documents.add(MappingDocument.of(object, SOURCE_PREFIX + name, read(name)));
        }
        return List.copyOf(documents);
    }

    private String read(String name) {
        try {
            for (URL candidate : Collections.list(loader.getResources(name))) {
                if (isAtHome(candidate, name)) {
                    try (InputStream in = candidate.openStream()) {
                        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the HubSpot stub's mapping file " + name + " from " + home, e);
        }
        throw new IllegalStateException("the HubSpot stub's jar " + home + " has no mapping file " + name
                + "; the build should have packaged src/main/resources/" + name);
    }

    /** A resource in a classes directory is {@code <home><name>}; in a jar it is {@code jar:<home>!/<name>}. */
    private boolean isAtHome(URL candidate, String name) {
        String base = home.toExternalForm();
        String found = candidate.toExternalForm();
        return found.equals(base + name) || found.equals("jar:" + base + "!/" + name);
    }
}
