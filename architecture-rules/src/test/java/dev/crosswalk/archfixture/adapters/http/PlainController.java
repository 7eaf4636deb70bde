package dev.crosswalk.archfixture.adapters.http;

/** Architecture fixture: an adapter that uses only core. */
public final class PlainController {
    Object contact(dev.crosswalk.archfixture.core.domain.PlainContact contact) {
        return contact;
    }
}
