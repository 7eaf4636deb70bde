/**
 * Crosswalk's architecture as ArchUnit rules: one shared set, each module running the rules that apply to it, and
 * third-party connector projects running {@link CrosswalkArchitecture#connectorRules(String)} against themselves.
 */
package dev.crosswalk.architecture;
