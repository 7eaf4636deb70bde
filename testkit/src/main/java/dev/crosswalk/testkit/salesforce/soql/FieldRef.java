package dev.crosswalk.testkit.salesforce.soql;

import java.util.List;

/** A field path as written in SOQL, e.g. {@code [Account, Name]}, with where it starts. */
public record FieldRef(List<String> path, SourcePos pos) {

    String text() {
        return String.join(".", path);
    }
}
