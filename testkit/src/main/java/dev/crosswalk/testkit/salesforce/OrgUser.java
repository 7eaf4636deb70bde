package dev.crosswalk.testkit.salesforce;

/** A user of an org, who can authorise Connected Apps. */
record OrgUser(String id, String username, String firstName, String lastName, String email) {

    String displayName() {
        return firstName + " " + lastName;
    }
}
