package dev.crosswalk.emulator.hubspot.data;

import dev.crosswalk.emulator.hubspot.http.Json;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Fills a portal with generated companies, contacts and deals: the same seed and counts always give the same
 * records. Contact {@code i} and deal {@code i} have company {@code i mod companies} as their primary company; a deal
 * is also linked to that company's first contact. Each company has one project (the custom object).
 */
public final class PortalSeeder {

    private static final List<String> FIRST = List.of("Ada", "Grace", "Alan", "Edsger", "Barbara", "Donald", "Frances",
            "Niklaus", "Radia", "Ken", "Margaret", "Tony", "Hedy", "Linus", "Katherine", "Dennis");
    private static final List<String> LAST = List.of("Lovelace", "Hopper", "Turing", "Dijkstra", "Liskov", "Knuth", "Allen",
            "Wirth", "Perlman", "Thompson", "Hamilton", "Hoare", "Lamarr", "Torvalds", "Johnson", "Ritchie");
    private static final List<String> WORDS = List.of("Acme", "Globex", "Initech", "Umbrella", "Stark", "Wayne", "Tyrell",
            "Cyberdyne", "Hooli", "Vandelay", "Soylent", "Wonka", "Gringotts", "Oscorp", "Aperture", "Massive");
    private static final List<String> SUFFIX = List.of("Labs", "Systems", "Group", "Industries", "Partners", "Works");
    private static final List<String> PRODUCTS = List.of("Platform licence", "Renewal", "Expansion", "Pilot", "Services");
    private static final List<String> CITIES = List.of("Lisbon", "Toronto", "Osaka", "Nairobi", "Denver", "Utrecht");
    private static final List<String> COUNTRIES = List.of("Portugal", "Canada", "Japan", "Kenya", "United States", "Netherlands");

    private final SplittableRandom random;
    private final Instant anchor;

    /** @param anchor the newest timestamp any generated record may carry */
    public PortalSeeder(long seed, Instant anchor) {
        this.random = new SplittableRandom(seed);
        this.anchor = anchor;
    }

    /** Adds the given numbers of companies, contacts and deals (and one project per company) to {@code portal}. */
    public void seed(Portal portal, int companies, int contacts, int deals) {
        long[] companyIds = new long[companies];
        String[] domains = new String[companies];
        for (int i = 0; i < companies; i++) {
            String name = pick(WORDS) + " " + pick(SUFFIX) + (i >= WORDS.size() ? " " + (i / WORDS.size() + 1) : "");
            domains[i] = name.toLowerCase(java.util.Locale.ROOT).replace(' ', '-') + ".example.com";
            Map<String, String> values = new LinkedHashMap<>();
            values.put("name", name);
            values.put("domain", domains[i]);
            values.put("website", "https://" + domains[i]);
            values.put("phone", phone());
            int place = random.nextInt(CITIES.size());
            values.put("city", CITIES.get(place));
            values.put("country", COUNTRIES.get(place));
            values.put("industry", pick(option(ObjectType.COMPANIES, "industry")));
            values.put("numberofemployees", Integer.toString(5 + random.nextInt(5_000)));
            values.put("annualrevenue", Long.toString(100_000L * (1 + random.nextInt(2_000))));
            values.put("customer_segment", pick(option(ObjectType.COMPANIES, "customer_segment")));
            values.put("customer_health_score", Integer.toString(random.nextInt(101)));
            companyIds[i] = create(portal, ObjectType.COMPANIES, i, companies, values).id();
        }
        long[] firstContactOf = new long[companies];
        for (int i = 0; i < contacts; i++) {
            String first = pick(FIRST);
            String last = pick(LAST);
            Map<String, String> values = new LinkedHashMap<>();
            values.put("firstname", first);
            values.put("lastname", last);
            String domain = companies == 0 ? "example.com" : domains[i % companies];
            values.put("email", (first + "." + last + (i + 1) + "@" + domain).toLowerCase(java.util.Locale.ROOT));
            values.put("phone", phone());
            values.put("jobtitle", pick(List.of("CTO", "Engineer", "Buyer", "VP Sales", "Analyst")));
            values.put("lifecyclestage", pick(option(ObjectType.CONTACTS, "lifecyclestage")));
            values.put("customer_tier", pick(option(ObjectType.CONTACTS, "customer_tier")));
            values.put("customer_since", LocalDate.ofInstant(anchor, ZoneOffset.UTC).minusDays(random.nextInt(2_000)).toString());
            if (companies > 0) {
                values.put("company", portal.store(ObjectType.COMPANIES).find(companyIds[i % companies]).orElseThrow()
                        .value("name").orElseThrow());
                values.put("associatedcompanyid", Long.toString(companyIds[i % companies]));
            }
            long id = create(portal, ObjectType.CONTACTS, i, contacts, values).id();
            if (companies > 0) {
                portal.associations().link(AssociationType.CONTACT_TO_COMPANY_PRIMARY, id, companyIds[i % companies]);
                if (i < companies) {
                    firstContactOf[i] = id;
                }
            }
        }
        for (int i = 0; i < deals; i++) {
            Map<String, String> values = new LinkedHashMap<>();
            values.put("dealname", (companies == 0 ? "Direct" : WORDS.get(i % WORDS.size())) + " - " + pick(PRODUCTS));
            values.put("amount", Integer.toString(1_000 + random.nextInt(250_000)));
            values.put("closedate", Json.timestamp(anchor.plus(Duration.ofDays(random.nextInt(180) - 90))));
            values.put("pipeline", "default");
            values.put("dealstage", pick(option(ObjectType.DEALS, "dealstage")));
            values.put("customer_priority", pick(option(ObjectType.DEALS, "customer_priority")));
            values.put("customer_renewal", Boolean.toString(random.nextBoolean()));
            long id = create(portal, ObjectType.DEALS, i, deals, values).id();
            if (companies > 0) {
                portal.associations().link(AssociationType.DEAL_TO_COMPANY_PRIMARY, id, companyIds[i % companies]);
                if (firstContactOf[i % companies] != 0) {
                    portal.associations().link(AssociationType.DEAL_TO_CONTACT, id, firstContactOf[i % companies]);
                }
            }
        }
        seedProjects(portal, companies);
    }

    private void seedProjects(Portal portal, int companies) {
        for (int i = 0; i < companies; i++) {
            Map<String, String> values = new LinkedHashMap<>();
            values.put("project_name", pick(PRODUCTS) + " " + (i + 1));
            values.put("project_status", pick(option(ObjectType.PROJECTS, "project_status")));
            values.put("project_budget", Integer.toString(5_000 + random.nextInt(95_000)));
            create(portal, ObjectType.PROJECTS, i, companies, values);
        }
    }

    /** Record {@code i} of {@code n} is created before record {@code i + 1} and modified some time later. */
    private CrmObject create(Portal portal, ObjectType type, int i, int n, Map<String, String> values) {
        Instant created = anchor.minus(Duration.ofMinutes(37L * (n - i) + 1)).plusMillis(random.nextInt(60_000));
        CrmObject object = portal.store(type).create(created, Map.of());
        Instant modified = created.plusMillis(random.nextLong(Duration.between(created, anchor).toMillis() + 1));
        object.write(values, modified);
        return object;
    }

    private String phone() {
        return "+1 555 " + (100 + random.nextInt(900)) + " " + (1_000 + random.nextInt(9_000));
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static List<String> option(ObjectType type, String property) {
        return type.property(property).orElseThrow().options();
    }
}
