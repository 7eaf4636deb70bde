package dev.crosswalk.testkit.salesforce;

import java.time.Instant;

/** Deterministic demo Leads. */
final class LeadGenerator implements RowGenerator {

    private static final long SALT = 7;
    private static final String[] RATINGS = {"Hot", "Warm", "Cold"};

    private final FieldSetter fields;
    private final AuditFields audit;
    private final long seed;
    private final String ownerId;
    private final Instant anchor;
    private final int firstName;
    private final int lastName;
    private final int name;
    private final int company;
    private final int title;
    private final int email;
    private final int phone;
    private final int status;
    private final int leadSource;
    private final int rating;
    private final int converted;

    LeadGenerator(ObjectDef type, long seed, String ownerId, Instant anchor) {
        this.fields = new FieldSetter(type);
        this.audit = AuditFields.of(type);
        this.seed = seed;
        this.ownerId = ownerId;
        this.anchor = anchor;
        this.firstName = fields.slot("FirstName");
        this.lastName = fields.slot("LastName");
        this.name = fields.slot("Name");
        this.company = fields.slot("Company");
        this.title = fields.slot("Title");
        this.email = fields.slot("Email");
        this.phone = fields.slot("Phone");
        this.status = fields.slot("Status");
        this.leadSource = fields.slot("LeadSource");
        this.rating = fields.slot("Rating");
        this.converted = fields.slot("IsConverted");
    }

    @Override
    public Object[] generate(long index, String id) {
        SplitMix random = new SplitMix(seed, SALT, index);
        Object[] values = fields.newRow(id);
        audit.stampGenerated(values, random, ownerId, anchor);
        int first = random.nextInt(DemoNames.FIRST_NAMES.length);
        int last = random.nextInt(DemoNames.LAST_NAMES.length);
        int word = random.nextInt(DemoNames.COMPANY_WORDS.length);
        int statusIndex = random.nextInt(Schema.LEAD_STATUSES.size());
        values[firstName] = DemoNames.FIRST_NAMES[first];
        values[lastName] = DemoNames.LAST_NAMES[last];
        values[name] = DemoNames.FIRST_NAMES[first] + " " + DemoNames.LAST_NAMES[last];
        values[company] = DemoNames.COMPANY_WORDS[word] + " " + random.pick(DemoNames.COMPANY_KINDS);
        values[title] = random.pick(DemoNames.TITLES);
        values[email] = DemoNames.FIRST_SLUGS[first] + "." + DemoNames.LAST_SLUGS[last] + ".lead" + (index + 1) + "@"
                + DemoNames.COMPANY_SLUGS[word] + ".example.org";
        values[phone] = AccountGenerator.phone(random);
        values[status] = Schema.LEAD_STATUSES.get(statusIndex);
        values[leadSource] = Schema.LEAD_SOURCES.get(random.nextInt(Schema.LEAD_SOURCES.size()));
        values[rating] = random.pick(RATINGS);
        values[converted] = statusIndex == 2;
        return values;
    }
}
