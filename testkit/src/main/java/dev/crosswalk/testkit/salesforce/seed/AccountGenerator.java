package dev.crosswalk.testkit.salesforce.seed;

import dev.crosswalk.testkit.salesforce.data.ObjectDef;
import dev.crosswalk.testkit.salesforce.data.RowGenerator;
import dev.crosswalk.testkit.salesforce.data.SplitMix;
import java.time.Instant;

/** Deterministic demo Accounts. */
public final class AccountGenerator implements RowGenerator {

    private static final long SALT = 1;
    private static final String[] TYPES = {"Prospect", "Customer - Direct", "Customer - Channel", "Partner", "Other"};
    private static final String[] INDUSTRIES = {"Agriculture", "Banking", "Education", "Energy", "Healthcare",
        "Manufacturing", "Retail", "Technology"};

    private final GeneratedRows rows;
    private final int name;
    private final int accountType;
    private final int industry;
    private final int phone;
    private final int website;
    private final int billingCity;
    private final int billingCountry;
    private final int employees;
    private final int annualRevenue;
    private final int externalId;

    public AccountGenerator(ObjectDef type, long seed, String ownerId, Instant anchor) {
        this.rows = new GeneratedRows(type, seed, SALT, ownerId, anchor);
        this.name = rows.slot("Name");
        this.accountType = rows.slot("Type");
        this.industry = rows.slot("Industry");
        this.phone = rows.slot("Phone");
        this.website = rows.slot("Website");
        this.billingCity = rows.slot("BillingCity");
        this.billingCountry = rows.slot("BillingCountry");
        this.employees = rows.slot("NumberOfEmployees");
        this.annualRevenue = rows.slot("AnnualRevenue");
        this.externalId = rows.slot("External_Id__c");
    }

    /** Index into {@link DemoNames#COMPANY_WORDS} of generated account {@code index}; contacts use it for their e-mail domain. */
    int companyWordIndex(long index) {
        return rows.random(index).nextInt(DemoNames.COMPANY_WORDS.length);
    }

    @Override
    public Object[] generate(long index, String id) {
        SplitMix random = rows.random(index);
        int wordIndex = random.nextInt(DemoNames.COMPANY_WORDS.length);
        String word = DemoNames.COMPANY_WORDS[wordIndex];
        String kind = random.pick(DemoNames.COMPANY_KINDS);
        int city = random.nextInt(DemoNames.CITIES.length);
        Object[] values = rows.newRow(id, random);
        values[name] = word + " " + kind + " " + (index + 1);
        values[accountType] = random.pick(TYPES);
        values[industry] = random.pick(INDUSTRIES);
        values[phone] = phone(random);
        values[website] = "https://www." + DemoNames.COMPANY_SLUGS[wordIndex] + (index + 1) + ".example.com";
        values[billingCity] = DemoNames.CITIES[city];
        values[billingCountry] = DemoNames.COUNTRIES[city];
        values[employees] = 5 + random.nextInt(50_000);
        values[annualRevenue] = (double) (100_000L + random.nextInt(1_000_000) * 1_000L);
        values[externalId] = "ACC-" + (index + 1);
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
}
