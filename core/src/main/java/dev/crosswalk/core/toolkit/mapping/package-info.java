/**
 * Declarative field mapping: which provider field feeds which unified field, kept as data so that a tenant can
 * override it, plus the rule that sends every other customer-defined field to {@code custom_fields}.
 */
package dev.crosswalk.core.toolkit.mapping;
