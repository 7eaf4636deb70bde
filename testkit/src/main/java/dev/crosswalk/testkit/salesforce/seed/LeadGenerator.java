package dev.crosswalk.testkit.salesforce.seed;

import dev.crosswalk.testkit.salesforce.data.ObjectDef;
import dev.crosswalk.testkit.salesforce.data.RowGenerator;
import dev.crosswalk.testkit.salesforce.data.Schema;
import dev.crosswalk.testkit.salesforce.data.SplitMix;
import java.time.Instant;

/** Deterministic demo Leads. */
public final class LeadGenerator implements RowGenerator {

    private static final long SALT = 7;
    private static final String[] RATINGS = {"Hot", "Warm", "Cold"};

    private final GeneratedRows rows;
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

    public LeadGenerator(ObjectDef type, long seed, String ownerId, Instant anchor) {
        this.rows = new GeneratedRows(type, seed, SALT, ownerId, anchor);
        this.firstName = rows.slot("FirstName");
        this.lastName = rows.slot("LastName");
        this.name = rows.slot("Name");
        this.company = rows.slot("Company");
        this.title = rows.slot("Title");
        this.email = rows.slot("Email");
        this.phone = rows.slot("Phone");
        this.status = rows.slot("Status");
        this.leadSource = rows.slot("LeadSource");
        this.rating = rows.slot("Rating");
        this.converted = rows.slot("IsConverted");
    }

    @Override
    public Object[] generate(long index, String id) {
        SplitMix random = rows.random(index);
        Object[] values = rows.newRow(id, random);
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
