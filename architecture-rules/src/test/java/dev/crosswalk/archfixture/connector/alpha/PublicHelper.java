package dev.crosswalk.archfixture.connector.alpha;

/** Architecture fixture: a connector class that is public without being the plugin or factory. */
public final class PublicHelper {
}
