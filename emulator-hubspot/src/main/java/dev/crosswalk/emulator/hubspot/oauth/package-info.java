/**
 * Internal to the HubSpot emulator: OAuth v1 and private-app tokens: the public app, the token store, the grant a
 * bearer token acts for, the OAuth endpoints and their errors. Depends on {@code http} and {@code data}. Public only
 * so that the emulator's other packages can use it.
 */
package dev.crosswalk.emulator.hubspot.oauth;
