package dev.crosswalk.testkit.salesforce;

import java.util.List;

/** A field path as written in SOQL, e.g. {@code [Account, Name]}, with where it starts. */
record FieldRef(List<String> path, SourcePos pos) {

    String text() {
        return String.join(".", path);
    }
}
