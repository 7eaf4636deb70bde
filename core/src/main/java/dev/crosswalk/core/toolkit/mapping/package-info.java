/**
 * The mapping engine: compiles a connector's mapping files (YAML or JSON with JSONata expressions, the format
 * {@code docs/mappings.md} describes) and the tenants' overrides layered on them into {@link
 * dev.crosswalk.core.toolkit.mapping.UnifiedMapping}s, which validate against a connection's schema, plan what to read,
 * turn provider records into unified records and unified filters into provider conditions.
 *
 * <p>Plain field paths and constants compile to direct accessors; everything else is evaluated with JSONata, bounded
 * in time and depth, one parsed expression per thread.
 */
package dev.crosswalk.core.toolkit.mapping;
