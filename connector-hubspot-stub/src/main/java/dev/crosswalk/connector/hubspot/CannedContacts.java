package dev.crosswalk.connector.hubspot;

import java.util.List;
import java.util.Map;

/** Contacts as HubSpot's CRM v3 returns them: an id plus a flat map of lower-case property names. */
final class CannedContacts {

    record HubSpotContact(String id, Map<String, String> properties) {
    }

    static final List<HubSpotContact> ALL = List.of(
            contact("101", "Ada", "Lovelace", "ada@analytical.example", "+44 20 7946 0001", "Analyst", "2024-01-02T10:00:00Z", "gold"),
            contact("102", "Grace", "Hopper", "grace@cobol.example", "+1 202 555 0102", "Rear Admiral", "2024-01-03T11:00:00Z", "platinum"),
            contact("103", "Alan", "Turing", "alan@bletchley.example", "+44 20 7946 0003", "Cryptanalyst", "2024-01-04T12:00:00Z", "silver"),
            contact("104", "Katherine", "Johnson", "katherine@nasa.example", "+1 757 555 0104", "Mathematician", "2024-01-05T13:00:00Z", "gold"),
            contact("105", "Edsger", "Dijkstra", "edsger@eindhoven.example", "+31 40 555 0105", "Professor", "2024-01-06T14:00:00Z", "bronze"));

    private CannedContacts() {
    }

    private static HubSpotContact contact(String id, String first, String last, String email, String phone, String title,
            String created, String tier) {
        return new HubSpotContact(id, Map.of(
                "firstname", first,
                "lastname", last,
                "email", email,
                "phone", phone,
                "jobtitle", title,
                "createdate", created,
                "lastmodifieddate", created,
                "customer_tier", tier));
    }
}
