/**
 * Internal to the HubSpot emulator: the wire level below the endpoints: a call, the dispatcher (request log, fault
 * hook, routing), HubSpot's error answers, the JSON and timestamp formats, and the rate limits with their rolling
 * windows. Depends on no other package of the emulator. Public only so that the emulator's other packages can use it
 * (see {@code HubSpotEmulatorArchitectureTest}).
 */
package dev.crosswalk.emulator.hubspot.http;
