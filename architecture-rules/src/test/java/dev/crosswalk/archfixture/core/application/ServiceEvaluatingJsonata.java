package dev.crosswalk.archfixture.core.application;

/** Architecture fixture: a core service that evaluates JSONata itself instead of through the mapping toolkit. */
public final class ServiceEvaluatingJsonata {
    public Object expression(String text) {
        return com.dashjoin.jsonata.Jsonata.jsonata(text);
    }
}
