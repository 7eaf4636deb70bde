package dev.crosswalk.archfixture.core.domain;

/** Architecture fixture: a domain record that keeps to the rules. */
public record PlainContact(String id) {
}
