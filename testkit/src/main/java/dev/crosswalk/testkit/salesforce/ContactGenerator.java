package dev.crosswalk.testkit.salesforce;

import java.time.Instant;
import java.util.Locale;

/** Deterministic demo Contacts; contact {@code i} belongs to account {@code i mod accounts}. */
final class ContactGenerator implements RowGenerator {

    private static final long SALT = 3;
    private static final String[] CHANNELS = {"Email", "Phone", "SMS", "Mail"};

    private final AuditFields audit;
    private final long seed;
    private final String ownerId;
    private final Instant anchor;
    private final ObjectTable accounts;
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
    private final int fieldCount;

    ContactGenerator(ObjectDef type, long seed, String ownerId, Instant anchor, ObjectTable accounts, AccountGenerator accountNames) {
        this.audit = AuditFields.of(type);
        this.seed = seed;
        this.ownerId = ownerId;
        this.anchor = anchor;
        this.accounts = accounts;
        this.accountNames = accountNames;
        this.accountId = type.requiredField("AccountId").index();
        this.firstName = type.requiredField("FirstName").index();
        this.lastName = type.requiredField("LastName").index();
        this.name = type.requiredField("Name").index();
        this.title = type.requiredField("Title").index();
        this.email = type.requiredField("Email").index();
        this.phone = type.requiredField("Phone").index();
        this.mobilePhone = type.requiredField("MobilePhone").index();
        this.ltvScore = type.requiredField("LTV_Score__c").index();
        this.internalId = type.requiredField("Internal_ID__c").index();
        this.externalId = type.requiredField("External_Id__c").index();
        this.channel = type.requiredField(Schema.CONTACT_CHANNELS_FIELD).index();
        this.fieldCount = type.fieldCount();
    }

    /** The generated account index contact {@code index} belongs to, or -1 when there are no accounts. */
    static long accountIndexOf(long index, long accountCount) {
        return accountCount == 0 ? -1 : index % accountCount;
    }

    @Override
    public Object[] generate(long index, String id) {
        SplitMix random = new SplitMix(seed, SALT, index);
        String first = random.pick(DemoNames.FIRST_NAMES);
        String last = random.pick(DemoNames.LAST_NAMES);
        long account = accountIndexOf(index, accounts.generatedCount());
        String domain = account < 0 ? "example.com" : AccountGenerator.slug(accountNames.companyWord(account)) + ".example.com";
        Object[] values = new Object[fieldCount];
        values[Row.ID_INDEX] = id;
        audit.stampGenerated(values, random, ownerId, anchor);
        values[accountId] = account < 0 ? null : accounts.generatedId(account);
        values[firstName] = first;
        values[lastName] = last;
        values[name] = first + " " + last;
        values[title] = random.pick(DemoNames.TITLES);
        values[email] = (first + "." + last).toLowerCase(Locale.ROOT).replace(' ', '-') + (index + 1) + "@" + domain;
        values[phone] = AccountGenerator.phone(random);
        values[mobilePhone] = random.nextInt(4) == 0 ? null : AccountGenerator.phone(random);
        values[ltvScore] = random.nextInt(100_000) / 100.0;
        values[internalId] = "INT-" + (index + 1);
        values[externalId] = "CW-" + (index + 1);
        values[channel] = random.pick(CHANNELS);
        return values;
    }
}
