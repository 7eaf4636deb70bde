package dev.crosswalk.testkit.salesforce.data;

import java.time.Instant;

/** Slots of the audit fields every standard object has ({@code IsDeleted}, owner, created/modified stamps). */
public record AuditFields(int isDeleted, int ownerId, int createdDate, int createdById, int lastModifiedDate,
        int lastModifiedById, int systemModstamp) {

    public static AuditFields of(ObjectDef type) {
        return new AuditFields(
                type.requiredField("IsDeleted").index(),
                type.requiredField("OwnerId").index(),
                type.requiredField("CreatedDate").index(),
                type.requiredField("CreatedById").index(),
                type.requiredField("LastModifiedDate").index(),
                type.requiredField("LastModifiedById").index(),
                type.requiredField("SystemModstamp").index());
    }

    public static boolean appliesTo(ObjectDef type) {
        return type.field("SystemModstamp").isPresent();
    }

    public void stampCreated(Object[] values, String userId, Instant now) {
        values[isDeleted] = Boolean.FALSE;
        if (values[ownerId] == null) {
            values[ownerId] = userId;
        }
        values[createdDate] = now;
        values[createdById] = userId;
        stampModified(values, userId, now);
    }

    public void stampModified(Object[] values, String userId, Instant now) {
        values[lastModifiedDate] = now;
        values[lastModifiedById] = userId;
        values[systemModstamp] = now;
    }

    /** Generated history: created some time in the two years before {@code anchor}, modified since. */
    public void stampGenerated(Object[] values, SplitMix random, String userId, Instant anchor) {
        long ageSeconds = 60L + random.nextInt(730 * 24 * 3600);
        Instant created = anchor.minusSeconds(ageSeconds);
        Instant modified = created.plusSeconds(random.nextInt((int) ageSeconds));
        values[isDeleted] = Boolean.FALSE;
        values[ownerId] = userId;
        values[createdDate] = created;
        values[createdById] = userId;
        values[lastModifiedDate] = modified;
        values[lastModifiedById] = userId;
        values[systemModstamp] = modified;
    }
}
