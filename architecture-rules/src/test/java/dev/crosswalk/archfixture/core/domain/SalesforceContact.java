package dev.crosswalk.archfixture.core.domain;

/** Architecture fixture: a shared domain type named after one provider. */
public record SalesforceContact(String id) {
}
