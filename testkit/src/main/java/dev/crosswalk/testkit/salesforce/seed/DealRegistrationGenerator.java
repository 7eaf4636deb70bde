package dev.crosswalk.testkit.salesforce.seed;

import dev.crosswalk.testkit.salesforce.data.ObjectDef;
import dev.crosswalk.testkit.salesforce.data.RowGenerator;
import dev.crosswalk.testkit.salesforce.data.Schema;
import dev.crosswalk.testkit.salesforce.data.SplitMix;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Deterministic demo {@code Deal_Registration__c} records, each looking up account {@code i mod accounts}. */
public final class DealRegistrationGenerator implements RowGenerator {

    private static final long SALT = 10;

    private final GeneratedRows rows;
    private final ParentAccounts parents;
    private final int name;
    private final int account;
    private final int amount;
    private final int status;
    private final int regions;
    private final int registeredOn;
    private final int partnerEmail;
    private final int key;

    public DealRegistrationGenerator(ObjectDef type, long seed, String ownerId, Instant anchor, ParentAccounts parents) {
        this.rows = new GeneratedRows(type, seed, SALT, ownerId, anchor);
        this.parents = parents;
        this.name = rows.slot("Name");
        this.account = rows.slot("Account__c");
        this.amount = rows.slot("Amount__c");
        this.status = rows.slot("Status__c");
        this.regions = rows.slot("Regions__c");
        this.registeredOn = rows.slot("Registered_On__c");
        this.partnerEmail = rows.slot("Partner_Email__c");
        this.key = rows.slot("Registration_Key__c");
    }

    @Override
    public Object[] generate(long index, String id) {
        SplitMix random = rows.random(index);
        Object[] values = rows.newRow(id, random);
        values[name] = "DR-" + String.format("%06d", index + 1);
        values[account] = parents.idOf(index);
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
        values[registeredOn] = LocalDate.ofInstant(rows.anchor(), ZoneOffset.UTC).minusDays(random.nextInt(365));
        values[partnerEmail] = "partner" + (1 + random.nextInt(20)) + "@partners.example.net";
        values[key] = "REG-" + (index + 1);
        return values;
    }
}
