package dev.crosswalk.archfixture.support;

/** Architecture fixture: connector support, shared by every connector, that is written for one provider. */
final class HubspotPaging {
}
