/**
 * The services behind core's use cases, built together by {@link dev.crosswalk.core.application.CrosswalkCore}, the
 * one public class here. They orchestrate ports and hold no state beyond their collaborators and caches; every service
 * is thread-safe.
 *
 * @since 0.1
 */
package dev.crosswalk.core.application;
