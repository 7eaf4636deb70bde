package dev.crosswalk.testkit.salesforce.org;

/** What an org is generated from. */
public record OrgSettings(String pod, String username, String password, String securityToken, long seed, long accounts, long contacts, long opportunities, long leads,
        long dealRegistrations, long dailyApiRequests, int concurrentRequests, java.time.Duration longRunningThreshold) {
}
