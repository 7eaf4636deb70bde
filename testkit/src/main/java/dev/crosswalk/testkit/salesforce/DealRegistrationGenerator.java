package dev.crosswalk.testkit.salesforce;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Deterministic demo {@code Deal_Registration__c} records, each looking up account {@code i mod accounts}. */
final class DealRegistrationGenerator implements RowGenerator {

    private static final long SALT = 10;

    private final FieldSetter fields;
    private final AuditFields audit;
    private final long seed;
    private final String ownerId;
    private final Instant anchor;
    private final ObjectTable accounts;
    private final int name;
    private final int account;
    private final int amount;
    private final int status;
    private final int regions;
    private final int registeredOn;
    private final int partnerEmail;
    private final int key;

    DealRegistrationGenerator(ObjectDef type, long seed, String ownerId, Instant anchor, ObjectTable accounts) {
        this.fields = new FieldSetter(type);
        this.audit = AuditFields.of(type);
        this.seed = seed;
        this.ownerId = ownerId;
        this.anchor = anchor;
        this.accounts = accounts;
        this.name = fields.slot("Name");
        this.account = fields.slot("Account__c");
        this.amount = fields.slot("Amount__c");
        this.status = fields.slot("Status__c");
        this.regions = fields.slot("Regions__c");
        this.registeredOn = fields.slot("Registered_On__c");
        this.partnerEmail = fields.slot("Partner_Email__c");
        this.key = fields.slot("Registration_Key__c");
    }

    @Override
    public Object[] generate(long index, String id) {
        SplitMix random = new SplitMix(seed, SALT, index);
        Object[] values = fields.newRow(id);
        audit.stampGenerated(values, random, ownerId, anchor);
        long accountIndex = ContactGenerator.accountIndexOf(index, accounts.generatedCount());
        values[name] = "DR-" + String.format("%06d", index + 1);
        values[account] = accountIndex < 0 ? null : accounts.generatedId(accountIndex);
        values[amount] = (double) (1_000 + random.nextInt(200) * 500);
        values[status] = Schema.DEAL_STATUSES.get(random.nextInt(Schema.DEAL_STATUSES.size()));
        List<String> picked = new ArrayList<>();
        int mask = 1 + random.nextInt((1 << Schema.DEAL_REGIONS.size()) - 1);
        for (int i = 0; i < Schema.DEAL_REGIONS.size(); i++) {
            if ((mask & (1 << i)) != 0) {
                picked.add(Schema.DEAL_REGIONS.get(i));
            }
        }
        values[regions] = String.join(";", picked);
        values[registeredOn] = LocalDate.ofInstant(anchor, ZoneOffset.UTC).minusDays(random.nextInt(365));
        values[partnerEmail] = "partner" + (1 + random.nextInt(20)) + "@partners.example.net";
        values[key] = "REG-" + (index + 1);
        return values;
    }
}
