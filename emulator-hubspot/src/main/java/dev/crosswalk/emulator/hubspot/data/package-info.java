/**
 * Internal to the HubSpot emulator: a portal and its records: object types with their property catalogues, stores,
 * records, associations and their types, property value checks and the seeded generator. Depends on {@code http}
 * only (timestamps, errors). Public only so that the emulator's other packages can use it.
 */
package dev.crosswalk.emulator.hubspot.data;
