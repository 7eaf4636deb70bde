/**
 * The unified CRM model: plain immutable records with no framework annotations.
 *
 * <p>Every record here is immutable and therefore thread-safe. Collections are defensively copied and never
 * {@code null}; absent optional values are {@code null} only where a getter documents it, and are exposed as
 * {@link java.util.Optional} by convenience accessors.
 *
 * @since 0.1
 */
package dev.crosswalk.core.domain;
