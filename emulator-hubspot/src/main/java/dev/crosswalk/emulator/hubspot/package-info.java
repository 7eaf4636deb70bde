/**
 * A HubSpot CRM v3 emulator. Public: {@link dev.crosswalk.emulator.hubspot.HubSpotEmulator} and its builder,
 * {@link dev.crosswalk.emulator.hubspot.HubSpotCredentials}, {@link dev.crosswalk.emulator.hubspot.HubSpotFault} and
 * {@link dev.crosswalk.emulator.hubspot.HubSpotEmulatorMain}. Everything else lives in the internal sub-packages by
 * concern ({@code http}, {@code data}, {@code oauth}, {@code crm}), which only the emulator itself uses (see
 * {@code HubSpotEmulatorArchitectureTest} and docs/decisions/0109).
 */
package dev.crosswalk.emulator.hubspot;
