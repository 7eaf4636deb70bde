package dev.crosswalk.apifixture.since;

/**
 * Since-tag fixture: a tagged type with annotations between its Javadoc and its declaration.
 *
 * @since 0.2
 */
@FunctionalInterface
@SuppressWarnings({"unused", "rawtypes"})
public interface AnnotatedAndTagged {
    void run();
}
