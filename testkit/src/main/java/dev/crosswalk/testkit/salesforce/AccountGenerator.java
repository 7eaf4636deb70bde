package dev.crosswalk.testkit.salesforce;

import java.time.Instant;

/** Deterministic demo Accounts. */
final class AccountGenerator implements RowGenerator {

    private static final long SALT = 1;
    private static final String[] TYPES = {"Prospect", "Customer - Direct", "Customer - Channel", "Partner", "Other"};
    private static final String[] INDUSTRIES = {"Agriculture", "Banking", "Education", "Energy", "Healthcare",
        "Manufacturing", "Retail", "Technology"};

    private final ObjectDef type;
    private final AuditFields audit;
    private final long seed;
    private final String ownerId;
    private final Instant anchor;

    AccountGenerator(ObjectDef type, long seed, String ownerId, Instant anchor) {
        this.type = type;
        this.audit = AuditFields.of(type);
        this.seed = seed;
        this.ownerId = ownerId;
        this.anchor = anchor;
    }

    /** Index into {@link DemoNames#COMPANY_WORDS} of generated account {@code index}; contacts use it for their e-mail domain. */
    int companyWordIndex(long index) {
        return new SplitMix(seed, SALT, index).nextInt(DemoNames.COMPANY_WORDS.length);
    }

    @Override
    public Object[] generate(long index, String id) {
        SplitMix random = new SplitMix(seed, SALT, index);
        int wordIndex = random.nextInt(DemoNames.COMPANY_WORDS.length);
        String word = DemoNames.COMPANY_WORDS[wordIndex];
        String kind = random.pick(DemoNames.COMPANY_KINDS);
        int city = random.nextInt(DemoNames.CITIES.length);
        Object[] values = new Object[type.fieldCount()];
        values[Row.ID_INDEX] = id;
        audit.stampGenerated(values, random, ownerId, anchor);
        set(values, "Name", word + " " + kind + " " + (index + 1));
        set(values, "Type", random.pick(TYPES));
        set(values, "Industry", random.pick(INDUSTRIES));
        set(values, "Phone", phone(random));
        set(values, "Website", "https://www." + DemoNames.COMPANY_SLUGS[wordIndex] + (index + 1) + ".example.com");
        set(values, "BillingCity", DemoNames.CITIES[city]);
        set(values, "BillingCountry", DemoNames.COUNTRIES[city]);
        set(values, "NumberOfEmployees", 5 + random.nextInt(50_000));
        set(values, "AnnualRevenue", (double) (100_000L + random.nextInt(1_000_000) * 1_000L));
        set(values, "External_Id__c", "ACC-" + (index + 1));
        return values;
    }

    /** {@code (AAA) 555-NNNN}, from precomputed halves (number formatting showed up when streaming a million rows). */
    static String phone(SplitMix random) {
        return AREA_CODES[random.nextInt(AREA_CODES.length)] + LINE_NUMBERS[random.nextInt(LINE_NUMBERS.length)];
    }

    private static final String[] AREA_CODES = numbered(200, 800, "(", ") 555-");
    private static final String[] LINE_NUMBERS = numbered(1000, 9000, "", "");

    private static String[] numbered(int first, int count, String prefix, String suffix) {
        String[] texts = new String[count];
        for (int i = 0; i < count; i++) {
            texts[i] = prefix + (first + i) + suffix;
        }
        return texts;
    }

    private void set(Object[] values, String field, Object value) {
        values[type.requiredField(field).index()] = value;
    }
}
