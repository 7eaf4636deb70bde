package dev.crosswalk.testkit.salesforce;

import java.time.Instant;

/** Deterministic demo Contacts; contact {@code i} belongs to account {@code i mod accounts}. */
final class ContactGenerator implements RowGenerator {

    private static final long SALT = 3;
    private static final String[] CHANNELS = {"Email", "Phone", "SMS", "Mail"};
    private static final long MAX_CACHED_ACCOUNT_IDS = 100_000;

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
    private final String[] accountIds;

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
        this.accountIds = new String[(int) Math.min(accounts.generatedCount(), MAX_CACHED_ACCOUNT_IDS)];
    }

    /** Ids of the generated accounts, computed on first use; a benign race may compute one twice. */
    private String accountId(long account) {
        if (account >= accountIds.length) {
            return accounts.generatedId(account);
        }
        String id = accountIds[(int) account];
        if (id == null) {
            id = accounts.generatedId(account);
            accountIds[(int) account] = id;
        }
        return id;
    }

    /** The generated account index contact {@code index} belongs to, or -1 when there are no accounts. */
    static long accountIndexOf(long index, long accountCount) {
        return accountCount == 0 ? -1 : index % accountCount;
    }

    @Override
    public Object[] generate(long index, String id) {
        SplitMix random = new SplitMix(seed, SALT, index);
        int firstIndex = random.nextInt(DemoNames.FIRST_NAMES.length);
        int lastIndex = random.nextInt(DemoNames.LAST_NAMES.length);
        String first = DemoNames.FIRST_NAMES[firstIndex];
        String last = DemoNames.LAST_NAMES[lastIndex];
        long account = accountIndexOf(index, accounts.generatedCount());
        String domain = account < 0 ? "example.com" : DemoNames.COMPANY_SLUGS[accountNames.companyWordIndex(account)] + ".example.com";
        Object[] values = new Object[fieldCount];
        values[Row.ID_INDEX] = id;
        audit.stampGenerated(values, random, ownerId, anchor);
        values[accountId] = account < 0 ? null : accountId(account);
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
