package dev.crosswalk.archfixture.core.toolkit;

/** Architecture fixture: a core class that uses a library core must not use. */
public final class ToolUsingAFramework {
    public Object check(Object value) {
        return org.assertj.core.api.Assertions.assertThat(value);
    }
}
