package dev.crosswalk.archfixture.core.toolkit.mapping;

/** Architecture fixture: the mapping toolkit, the one place in core that may use JSONata and the YAML parser. */
public final class MappingReader {
    private final org.snakeyaml.engine.v2.api.Load yaml = null;

    public Object expression(String text) {
        return com.dashjoin.jsonata.Jsonata.jsonata(text);
    }

    public Object yaml() {
        return yaml;
    }
}
