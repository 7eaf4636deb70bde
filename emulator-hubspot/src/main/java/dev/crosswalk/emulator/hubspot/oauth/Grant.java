package dev.crosswalk.emulator.hubspot.oauth;

import dev.crosswalk.emulator.hubspot.data.Portal;

/**
 * Who a CRM call acts for: the portal its token belongs to and how it was authenticated.
 *
 * @param privateApp a private-app token ({@code pat-…}), which has a daily limit; else an OAuth access token
 */
public record Grant(Portal portal, boolean privateApp) {
}
