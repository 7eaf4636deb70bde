package dev.crosswalk.archfixture.conformance;

/** Architecture fixture: a conformance kit fixture with a method for one provider. */
public interface FixtureForOneProvider {
    String salesforceOrgId();
}
