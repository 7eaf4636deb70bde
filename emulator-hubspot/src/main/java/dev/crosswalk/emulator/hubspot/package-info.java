/**
 * A HubSpot CRM v3 emulator. Public: {@link dev.crosswalk.emulator.hubspot.HubSpotEmulator} and its builder,
 * {@link dev.crosswalk.emulator.hubspot.HubSpotCredentials}, {@link dev.crosswalk.emulator.hubspot.HubSpotFault} and
 * {@link dev.crosswalk.emulator.hubspot.HubSpotEmulatorMain}; everything else is package-private.
 */
package dev.crosswalk.emulator.hubspot;
