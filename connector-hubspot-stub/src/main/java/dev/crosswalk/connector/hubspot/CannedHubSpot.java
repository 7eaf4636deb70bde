package dev.crosswalk.connector.hubspot;

import static dev.crosswalk.connector.hubspot.CannedProperty.date;
import static dev.crosswalk.connector.hubspot.CannedProperty.datetime;
import static dev.crosswalk.connector.hubspot.CannedProperty.enumeration;
import static dev.crosswalk.connector.hubspot.CannedProperty.number;
import static dev.crosswalk.connector.hubspot.CannedProperty.recordId;
import static dev.crosswalk.connector.hubspot.CannedProperty.recordIdOf;
import static dev.crosswalk.connector.hubspot.CannedProperty.string;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The canned HubSpot account every connection of the stub sees: a dozen contacts, companies and deals each, with
 * HubSpot's numeric ids and lower-case property names, values as text, and two archived records per object.
 * Contacts and deals point at companies through {@code associatedcompanyid}. Immutable.
 */
final class CannedHubSpot {

    static final String CONTACTS = "contacts";
    static final String COMPANIES = "companies";
    static final String DEALS = "deals";

    private static final List<CannedObject> OBJECTS = List.of(contacts(), companies(), deals());

    private CannedHubSpot() {
    }

    /** @return every object, in the order HubSpot lists its standard objects */
    static List<CannedObject> objects() {
        return OBJECTS;
    }

    /** @return the object of that name in any letter case, if the stub has it */
    static Optional<CannedObject> object(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return OBJECTS.stream().filter(object -> object.name().equals(lower)).findFirst();
    }

    private static CannedObject contacts() {
        List<CannedProperty> properties = List.of(
                recordId(),
                string("firstname", "First Name"),
                string("lastname", "Last Name"),
                string("email", "Email"),
                string("phone", "Phone Number"),
                string("mobilephone", "Mobile Phone Number"),
                string("jobtitle", "Job Title"),
                datetime("createdate", "Create Date"),
                datetime("lastmodifieddate", "Last Modified Date"),
                recordIdOf(COMPANIES, "associatedcompanyid", "Primary Associated Company ID"),
                enumeration("customer_tier", "Customer Tier", "bronze", "silver", "gold", "platinum").asCustom());
        List<String> names = properties.stream().map(CannedProperty::name).toList();
        return new CannedObject(CONTACTS, "Contacts", properties, "createdate", "lastmodifieddate", List.of(
                record(names, false, "101", "Ada", "Lovelace", "ada@analytical.example", "+44 20 7946 0001", "+44 7700 900001", "Analyst", "2024-01-02T10:00:00.000Z", "2024-03-01T09:00:00.000Z", "201", "gold"),
                record(names, false, "102", "Grace", "Hopper", "grace@cobol.example", "+1 202 555 0102", null, "Rear Admiral", "2024-01-03T11:00:00.000Z", "2024-03-02T09:00:00.000Z", "202", "platinum"),
                record(names, false, "103", "Alan", "Turing", "alan@bletchley.example", "+44 20 7946 0003", "+44 7700 900003", "Cryptanalyst", "2024-01-04T12:00:00.000Z", "2024-03-03T09:00:00.000Z", "203", "silver"),
                record(names, false, "104", "Katherine", "Johnson", "katherine@nasa.example", "+1 757 555 0104", null, "Mathematician", "2024-01-05T13:00:00.000Z", "2024-03-04T09:00:00.000Z", "204", "gold"),
                record(names, false, "105", "Edsger", "Dijkstra", "edsger@eindhoven.example", "+31 40 555 0105", null, "Professor", "2024-01-06T14:00:00.000Z", "2024-03-05T09:00:00.000Z", "205", "bronze"),
                record(names, false, "106", "Barbara", "Liskov", "barbara@clu.example", "+1 617 555 0106", "+1 617 555 1106", "Professor", "2024-02-01T10:00:00.000Z", "2024-03-06T09:00:00.000Z", "201", null),
                record(names, false, "107", "Donald", "Knuth", "don@taocp.example", null, null, "Professor Emeritus", "2024-02-02T10:00:00.000Z", "2024-03-07T09:00:00.000Z", null, "silver"),
                record(names, false, "108", "Margaret", "Hamilton", "margaret@apollo.example", "+1 617 555 0108", null, "Director", "2024-02-03T10:00:00.000Z", "2024-03-08T09:00:00.000Z", "204", "platinum"),
                record(names, false, "109", "John", "Backus", "john@fortran.example", "+1 914 555 0109", null, "Researcher", "2024-02-04T10:00:00.000Z", "2024-03-09T09:00:00.000Z", "206", "bronze"),
                record(names, false, "110", "Frances", "Allen", "frances@ptran.example", "+1 914 555 0110", "+1 914 555 1110", "Fellow", "2024-02-05T10:00:00.000Z", "2024-03-10T09:00:00.000Z", "206", "gold"),
                record(names, true, "111", "Charles", "Babbage", "charles@engine.example", "+44 20 7946 0111", null, "Inventor", "2023-12-01T10:00:00.000Z", "2024-03-11T09:00:00.000Z", "201", "silver"),
                record(names, true, "112", "Niklaus", "Wirth", "niklaus@pascal.example", "+41 44 555 0112", null, "Professor", "2023-12-02T10:00:00.000Z", "2024-03-12T09:00:00.000Z", "205", null)));
    }

    private static CannedObject companies() {
        List<CannedProperty> properties = List.of(
                recordId(),
                string("name", "Company name"),
                enumeration("industry", "Industry", "COMPUTER_SOFTWARE", "DEFENSE_SPACE", "EDUCATION_MANAGEMENT",
                        "FINANCIAL_SERVICES", "RESEARCH"),
                string("domain", "Company Domain Name"),
                number("numberofemployees", "Number of Employees"),
                datetime("createdate", "Create Date"),
                datetime("hs_lastmodifieddate", "Last Modified Date"));
        List<String> names = properties.stream().map(CannedProperty::name).toList();
        return new CannedObject(COMPANIES, "Companies", properties, "createdate", "hs_lastmodifieddate", List.of(
                record(names, false, "201", "Analytical Engines", "COMPUTER_SOFTWARE", "analytical.example", "120", "2023-11-01T08:00:00.000Z", "2024-02-01T08:00:00.000Z"),
                record(names, false, "202", "Cobol Systems", "COMPUTER_SOFTWARE", "cobol.example", "450", "2023-11-02T08:00:00.000Z", "2024-02-02T08:00:00.000Z"),
                record(names, false, "203", "Bletchley Park Trust", "RESEARCH", "bletchley.example", "75", "2023-11-03T08:00:00.000Z", "2024-02-03T08:00:00.000Z"),
                record(names, false, "204", "Langley Research", "DEFENSE_SPACE", "nasa.example", "3400", "2023-11-04T08:00:00.000Z", "2024-02-04T08:00:00.000Z"),
                record(names, false, "205", "Eindhoven University", "EDUCATION_MANAGEMENT", "eindhoven.example", "3000", "2023-11-05T08:00:00.000Z", "2024-02-05T08:00:00.000Z"),
                record(names, false, "206", "Yorktown Heights Labs", "RESEARCH", "fortran.example", "1800", "2023-11-06T08:00:00.000Z", "2024-02-06T08:00:00.000Z"),
                record(names, false, "207", "Apollo Guidance", "DEFENSE_SPACE", "apollo.example", null, "2023-11-07T08:00:00.000Z", "2024-02-07T08:00:00.000Z"),
                record(names, false, "208", "Lambda Ledger", "FINANCIAL_SERVICES", "lambda-ledger.example", "60", "2023-11-08T08:00:00.000Z", "2024-02-08T08:00:00.000Z"),
                record(names, false, "209", "Pascal Tools", "COMPUTER_SOFTWARE", "pascal.example", "15", "2023-11-09T08:00:00.000Z", "2024-02-09T08:00:00.000Z"),
                record(names, false, "210", "Clu Consulting", null, "clu.example", "8", "2023-11-10T08:00:00.000Z", "2024-02-10T08:00:00.000Z"),
                record(names, true, "211", "Difference Engine Ltd", "COMPUTER_SOFTWARE", "engine.example", "3", "2023-10-01T08:00:00.000Z", "2024-02-11T08:00:00.000Z"),
                record(names, true, "212", "Punched Card Co", "FINANCIAL_SERVICES", null, "40", "2023-10-02T08:00:00.000Z", "2024-02-12T08:00:00.000Z")));
    }

    private static CannedObject deals() {
        List<CannedProperty> properties = List.of(
                recordId(),
                string("dealname", "Deal Name"),
                number("amount", "Amount"),
                enumeration("dealstage", "Deal Stage", "appointmentscheduled", "qualifiedtobuy",
                        "presentationscheduled", "decisionmakerboughtin", "contractsent", "closedwon", "closedlost"),
                date("closedate", "Close Date"),
                recordIdOf(COMPANIES, "associatedcompanyid", "Primary Associated Company ID"),
                datetime("createdate", "Create Date"),
                datetime("hs_lastmodifieddate", "Last Modified Date"));
        List<String> names = properties.stream().map(CannedProperty::name).toList();
        return new CannedObject(DEALS, "Deals", properties, "createdate", "hs_lastmodifieddate", List.of(
                record(names, false, "301", "Engine licence renewal", "12000.00", "closedwon", "2024-03-29", "201", "2024-01-10T09:00:00.000Z", "2024-03-29T16:00:00.000Z"),
                record(names, false, "302", "Compiler support plan", "48500.50", "contractsent", "2024-05-15", "202", "2024-01-11T09:00:00.000Z", "2024-04-01T16:00:00.000Z"),
                record(names, false, "303", "Archive digitisation", "7300", "qualifiedtobuy", "2024-06-30", "203", "2024-01-12T09:00:00.000Z", "2024-04-02T16:00:00.000Z"),
                record(names, false, "304", "Trajectory toolkit", "250000", "presentationscheduled", "2024-09-30", "204", "2024-01-13T09:00:00.000Z", "2024-04-03T16:00:00.000Z"),
                record(names, false, "305", "Campus site licence", "31000", "decisionmakerboughtin", "2024-07-01", "205", "2024-01-14T09:00:00.000Z", "2024-04-04T16:00:00.000Z"),
                record(names, false, "306", "Optimiser research grant", "90000", "appointmentscheduled", "2024-12-31", "206", "2024-01-15T09:00:00.000Z", "2024-04-05T16:00:00.000Z"),
                record(names, false, "307", "Guidance software audit", "15500", "closedlost", "2024-02-28", "207", "2024-01-16T09:00:00.000Z", "2024-02-28T16:00:00.000Z"),
                record(names, false, "308", "Ledger migration", "22000", "contractsent", "2024-05-31", "208", "2024-01-17T09:00:00.000Z", "2024-04-06T16:00:00.000Z"),
                record(names, false, "309", "Pascal IDE seats", "4800", "closedwon", "2024-03-15", "209", "2024-01-18T09:00:00.000Z", "2024-03-15T16:00:00.000Z"),
                record(names, false, "310", "Abstraction workshop", null, "qualifiedtobuy", null, "210", "2024-01-19T09:00:00.000Z", "2024-04-07T16:00:00.000Z"),
                record(names, true, "311", "Difference engine build", "17000", "closedlost", "2023-12-31", "211", "2023-10-05T09:00:00.000Z", "2024-01-02T16:00:00.000Z"),
                record(names, true, "312", "Card reader lease", "900", "closedlost", "2023-11-30", "212", "2023-10-06T09:00:00.000Z", "2024-01-03T16:00:00.000Z")));
    }

    /**
     * @param names the object's property names, {@code hs_object_id} first
     * @param values the id, then a value for every further property in order; {@code null} for none
     */
    private static CannedRecord record(List<String> names, boolean archived, String... values) {
        if (values.length != names.size()) {
            throw new IllegalArgumentException("a canned record needs " + names.size() + " values, got " + values.length);
        }
        Map<String, String> properties = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                properties.put(names.get(i), values[i]);
            }
        }
        return new CannedRecord(values[0], properties, archived);
    }
}
