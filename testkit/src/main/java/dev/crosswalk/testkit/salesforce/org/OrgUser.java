package dev.crosswalk.testkit.salesforce.org;

/**
 * A user of an org, who can authorise Connected Apps.
 *
 * @param password      for the username-password grant
 * @param securityToken appended to the password by clients outside the org's trusted IP ranges (optional here)
 */
public record OrgUser(String id, String username, String firstName, String lastName, String email, String password,
        String securityToken) {

    /** The platform accepts the password alone (trusted network) or followed by the security token. */
    public boolean acceptsPassword(String presented) {
        return presented != null && (presented.equals(password) || presented.equals(password + securityToken));
    }

    public String displayName() {
        return firstName + " " + lastName;
    }
}
