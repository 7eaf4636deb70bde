package dev.crosswalk.archfixture.core.toolkit;

/** Architecture fixture: a toolkit class that reaches into the application layer. */
public final class ToolUsingApplication {
    public Object service(dev.crosswalk.archfixture.core.application.ServiceCallingAdapter service) {
        return service;
    }
}
