/**
 * Crosswalk's architecture as ArchUnit rules: one shared set, each module running the rules that apply to it, and
 * third-party connector projects running {@link CrosswalkArchitecture#connectorRules(String)} against themselves.
 * Also the API-compatibility check the published modules run: {@link ApiSurface} lists a public surface,
 * {@link ApiCompatibility} compares it with a committed signature file, and {@link SinceTags} finds public types
 * without an {@code @since} tag.
 */
package dev.crosswalk.architecture;
