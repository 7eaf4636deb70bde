package dev.crosswalk.testkit.salesforce.seed;

import dev.crosswalk.testkit.salesforce.data.ObjectDef;
import dev.crosswalk.testkit.salesforce.data.RowGenerator;
import dev.crosswalk.testkit.salesforce.data.Schema;
import dev.crosswalk.testkit.salesforce.data.SplitMix;
import dev.crosswalk.testkit.salesforce.oauth.Platform;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Deterministic demo Opportunities; opportunity {@code i} belongs to account {@code i mod accounts}. */
public final class OpportunityGenerator implements RowGenerator {

    private static final long SALT = 6;
    private static final String[] KINDS = {"Platform Deal", "Renewal", "Expansion", "Pilot", "Services"};

    private final GeneratedRows rows;
    private final ParentAccounts parents;
    private final int accountId;
    private final int name;
    private final int stage;
    private final int closeDate;
    private final int amount;
    private final int probability;
    private final int leadSource;

    public OpportunityGenerator(ObjectDef type, long seed, String ownerId, Instant anchor, ParentAccounts parents) {
        this.rows = new GeneratedRows(type, seed, SALT, ownerId, anchor);
        this.parents = parents;
        this.accountId = rows.slot("AccountId");
        this.name = rows.slot("Name");
        this.stage = rows.slot("StageName");
        this.closeDate = rows.slot("CloseDate");
        this.amount = rows.slot("Amount");
        this.probability = rows.slot("Probability");
        this.leadSource = rows.slot("LeadSource");
    }

    @Override
    public Object[] generate(long index, String id) {
        SplitMix random = rows.random(index);
        Object[] values = rows.newRow(id, random);
        values[accountId] = parents.idOf(index);
        int stageIndex = random.nextInt(Schema.OPPORTUNITY_STAGES.size());
        values[name] = random.pick(KINDS) + " " + (index + 1);
        values[stage] = Schema.OPPORTUNITY_STAGES.get(stageIndex);
        values[closeDate] = LocalDate.ofInstant(rows.anchor(), ZoneOffset.UTC).plusDays(random.nextInt(240) - 120L);
        values[amount] = (double) (5_000 + random.nextInt(500) * 1_000);
        values[probability] = stageIndex == 5 ? 100.0 : stageIndex == 6 ? 0.0 : 10.0 + stageIndex * 15;
        values[leadSource] = Schema.LEAD_SOURCES.get(random.nextInt(Schema.LEAD_SOURCES.size()));
        return values;
    }
}
