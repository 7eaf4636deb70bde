package dev.crosswalk.archfixture.core.toolkit;

/** Architecture fixture: a core class outside the mapping toolkit that uses the YAML parser. */
public final class ToolParsingYaml {
    public Object yaml(org.snakeyaml.engine.v2.api.Load load) {
        return load;
    }
}
