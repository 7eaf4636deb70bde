package dev.crosswalk.testkit.salesforce.seed;

import dev.crosswalk.testkit.salesforce.data.ObjectDef;
import dev.crosswalk.testkit.salesforce.data.RowGenerator;
import dev.crosswalk.testkit.salesforce.data.Schema;
import dev.crosswalk.testkit.salesforce.data.SplitMix;
import java.time.Instant;

/** Deterministic demo Contacts; contact {@code i} belongs to account {@code i mod accounts}. */
public final class ContactGenerator implements RowGenerator {

    private static final long SALT = 3;
    private static final String[] CHANNELS = {"Email", "Phone", "SMS", "Mail"};

    private final GeneratedRows rows;
    private final ParentAccounts parents;
    private final AccountGenerator accountNames;
    private final int accountId;
    private final int firstName;
    private final int lastName;
    private final int name;
    private final int title;
    private final int email;
    private final int phone;
    private final int mobilePhone;
    private final int ltvScore;
    private final int internalId;
    private final int externalId;
    private final int channel;

    public ContactGenerator(ObjectDef type, long seed, String ownerId, Instant anchor, ParentAccounts parents,
            AccountGenerator accountNames) {
        this.rows = new GeneratedRows(type, seed, SALT, ownerId, anchor);
        this.parents = parents;
        this.accountNames = accountNames;
        this.accountId = rows.slot("AccountId");
        this.firstName = rows.slot("FirstName");
        this.lastName = rows.slot("LastName");
        this.name = rows.slot("Name");
        this.title = rows.slot("Title");
        this.email = rows.slot("Email");
        this.phone = rows.slot("Phone");
        this.mobilePhone = rows.slot("MobilePhone");
        this.ltvScore = rows.slot("LTV_Score__c");
        this.internalId = rows.slot("Internal_ID__c");
        this.externalId = rows.slot("External_Id__c");
        this.channel = rows.slot(Schema.CONTACT_CHANNELS_FIELD);
    }

    @Override
    public Object[] generate(long index, String id) {
        SplitMix random = rows.random(index);
        int firstIndex = random.nextInt(DemoNames.FIRST_NAMES.length);
        int lastIndex = random.nextInt(DemoNames.LAST_NAMES.length);
        String first = DemoNames.FIRST_NAMES[firstIndex];
        String last = DemoNames.LAST_NAMES[lastIndex];
        long account = parents.indexOf(index);
        String domain = account < 0 ? "example.com" : DemoNames.COMPANY_SLUGS[accountNames.companyWordIndex(account)] + ".example.com";
        Object[] values = rows.newRow(id, random);
        values[accountId] = parents.idOf(index);
        values[firstName] = first;
        values[lastName] = last;
        values[name] = first + " " + last;
        values[title] = random.pick(DemoNames.TITLES);
        String ordinal = Long.toString(index + 1);
        values[email] = DemoNames.FIRST_SLUGS[firstIndex] + "." + DemoNames.LAST_SLUGS[lastIndex] + ordinal + "@" + domain;
        values[phone] = AccountGenerator.phone(random);
        values[mobilePhone] = random.nextInt(4) == 0 ? null : AccountGenerator.phone(random);
        values[ltvScore] = random.nextInt(100_000) / 100.0;
        values[internalId] = "INT-" + ordinal;
        values[externalId] = "CW-" + ordinal;
        values[channel] = random.pick(CHANNELS);
        return values;
    }
}
