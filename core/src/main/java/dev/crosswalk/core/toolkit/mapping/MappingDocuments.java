package dev.crosswalk.core.toolkit.mapping;

import dev.crosswalk.core.domain.UnifiedObject;
import dev.crosswalk.core.port.out.crm.MappingDocument;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Loads a connector's mapping files from its own jar (or classes directory): {@code mappings/<kind>/contact.yaml},
 * {@code account.yaml}, {@code opportunity.yaml}, those present. The kind in the path keeps connectors' files apart in
 * a shaded jar; reading from where the anchor class was loaded keeps them apart on a class path even if two
 * connectors chose one kind's folder. Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class MappingDocuments {


    private MappingDocuments() {
    }

    /**
     * @param anchor a class of the connector, loaded from the jar or directory holding its {@code mappings/}; never
     *     {@code null}
     * @param connectorKind the connector's kind (e.g. {@code salesforce}), naming the sources
     *     {@code <kind>:mappings/<kind>/<object>.yaml}; never {@code null}
     * @return the documents found, in {@link UnifiedObject} order; never {@code null}
     * @throws UncheckedIOException when a file exists but cannot be read
     */
    public static List<MappingDocument> fromClasspath(Class<?> anchor, String connectorKind) {
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(connectorKind, "connectorKind");
        List<MappingDocument> documents = new ArrayList<>();
        for (UnifiedObject object : UnifiedObject.values()) {
            String name = "mappings/" + connectorKind + "/" + object.singular() + ".yaml";
            byte[] bytes = read(anchor, name);
            if (bytes != null) {
                documents.add(MappingDocument.of(object, connectorKind + ":" + name, text(bytes)));
            }
        }
        return List.copyOf(documents);
    }

    private static byte[] read(Class<?> anchor, String name) {
        try (InputStream in = open(anchor, name)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the mapping file " + name + " next to " + anchor.getName(), e);
        }
    }

    private static InputStream open(Class<?> anchor, String name) throws IOException {
        if (anchor.getModule().isNamed()) {
            return anchor.getModule().getResourceAsStream(name);
        }
        String classFile = anchor.getName().replace('.', '/') + ".class";
        URL classUrl = anchor.getResource("/" + classFile);
        if (classUrl == null) {
            return null;
        }
        String location = classUrl.toString();
        URL resource = URI.create(location.substring(0, location.length() - classFile.length()) + name).toURL();
        try {
            return resource.openStream();
        } catch (FileNotFoundException e) {
            return null;
        }
    }

    private static String text(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
