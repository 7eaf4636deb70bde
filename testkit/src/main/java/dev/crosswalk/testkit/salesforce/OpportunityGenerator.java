package dev.crosswalk.testkit.salesforce;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Deterministic demo Opportunities; opportunity {@code i} belongs to account {@code i mod accounts}. */
final class OpportunityGenerator implements RowGenerator {

    private static final long SALT = 6;
    private static final String[] KINDS = {"Platform Deal", "Renewal", "Expansion", "Pilot", "Services"};

    private final FieldSetter fields;
    private final AuditFields audit;
    private final long seed;
    private final String ownerId;
    private final Instant anchor;
    private final ObjectTable accounts;
    private final int accountId;
    private final int name;
    private final int stage;
    private final int closeDate;
    private final int amount;
    private final int probability;
    private final int leadSource;

    OpportunityGenerator(ObjectDef type, long seed, String ownerId, Instant anchor, ObjectTable accounts) {
        this.fields = new FieldSetter(type);
        this.audit = AuditFields.of(type);
        this.seed = seed;
        this.ownerId = ownerId;
        this.anchor = anchor;
        this.accounts = accounts;
        this.accountId = fields.slot("AccountId");
        this.name = fields.slot("Name");
        this.stage = fields.slot("StageName");
        this.closeDate = fields.slot("CloseDate");
        this.amount = fields.slot("Amount");
        this.probability = fields.slot("Probability");
        this.leadSource = fields.slot("LeadSource");
    }

    @Override
    public Object[] generate(long index, String id) {
        SplitMix random = new SplitMix(seed, SALT, index);
        Object[] values = fields.newRow(id);
        audit.stampGenerated(values, random, ownerId, anchor);
        long account = ContactGenerator.accountIndexOf(index, accounts.generatedCount());
        values[accountId] = account < 0 ? null : accounts.generatedId(account);
        int stageIndex = random.nextInt(Schema.OPPORTUNITY_STAGES.size());
        values[name] = random.pick(KINDS) + " " + (index + 1);
        values[stage] = Schema.OPPORTUNITY_STAGES.get(stageIndex);
        values[closeDate] = LocalDate.ofInstant(anchor, ZoneOffset.UTC).plusDays(random.nextInt(240) - 120L);
        values[amount] = (double) (5_000 + random.nextInt(500) * 1_000);
        values[probability] = stageIndex == 5 ? 100.0 : stageIndex == 6 ? 0.0 : 10.0 + stageIndex * 15;
        values[leadSource] = Schema.LEAD_SOURCES.get(random.nextInt(Schema.LEAD_SOURCES.size()));
        return values;
    }
}
