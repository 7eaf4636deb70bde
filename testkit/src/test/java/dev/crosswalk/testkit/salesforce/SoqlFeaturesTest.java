package dev.crosswalk.testkit.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crosswalk.emulator.support.MutableClock;
import dev.crosswalk.testkit.salesforce.data.Row;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SoqlFeaturesTest {

    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

    @AutoClose
    static final SalesforceEmulator SF = SalesforceEmulator.builder().clock(new MutableClock(NOW))
            .accounts(4).contacts(10).opportunities(30).leads(20).dealRegistrations(12).start();

    private SalesforceHttp http;
    private String token;

    @BeforeEach
    void login() {
        http = new SalesforceHttp(SF);
        token = http.accessToken();
    }

    private JsonNode query(String soql) {
        HttpResponse<String> response = http.query(soql, token);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return SalesforceHttp.json(response);
    }

    private static List<String> texts(JsonNode records, String field) {
        List<String> values = new ArrayList<>();
        records.forEach(r -> values.add(r.get(field).isNull() ? null : r.get(field).asText()));
        return values;
    }

    @Test
    void childSubqueriesNestQueryResultsUnderTheRelationshipName() {
        JsonNode records = query("SELECT Name, (SELECT LastName FROM Contacts ORDER BY LastName), "
                + "(SELECT Name, Status__c FROM Deal_Registrations__r WHERE Status__c != null) FROM Account ORDER BY Name").get("records");

        JsonNode contacts = records.get(0).get("Contacts");
        com.fasterxml.jackson.databind.node.ObjectNode recordedChildren = Fixtures.json("restforce/query_success_response.json")
                .get("records").get(0).get("Whizbangs__r").deepCopy();
        recordedChildren.remove("records");
        JsonShape.assertContainsShape(recordedChildren, contacts, "$.Contacts");
        assertThat(contacts.get("totalSize").asInt()).isEqualTo(contacts.get("records").size()).isPositive();
        assertThat(contacts.get("records").get(0).get("attributes").get("type").asText()).isEqualTo("Contact");
        assertThat(texts(contacts.get("records"), "LastName")).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
        int deals = 0;
        for (JsonNode account : records) {
            deals += account.get("Deal_Registrations__r").isNull() ? 0 : account.get("Deal_Registrations__r").get("totalSize").asInt();
        }
        assertThat(deals).isEqualTo(12);
    }

    @Test
    void ownerAndAuditLookupsReachTheUser() {
        JsonNode record = query("SELECT Owner.Name, CreatedBy.Username, Account.Owner.Email FROM Contact LIMIT 1").get("records").get(0);

        assertThat(record.get("Owner").get("Name").asText()).isEqualTo("Emma Ulator");
        assertThat(record.get("Owner").get("attributes").get("type").asText()).isEqualTo("User");
        assertThat(record.get("CreatedBy").get("Username").asText()).isEqualTo(SF.credentials().username());
        assertThat(record.get("Account").get("Owner").get("Email").asText()).isEqualTo(SF.credentials().username());
    }

    @Test
    void parentWithoutChildrenHasANullRelationship() {
        http.json("POST", http.data("/sobjects/Account"), token, "{\"Name\":\"Lonely\"}");

        JsonNode record = query("SELECT Name, (SELECT Id FROM Contacts) FROM Account WHERE Name = 'Lonely'").get("records").get(0);

        assertThat(record.get("Contacts").isNull()).isTrue();
    }

    @Test
    void customRelationshipFieldsFollowTheLookup() {
        JsonNode record = query("SELECT Name, Account__r.Name, Account__c FROM Deal_Registration__c LIMIT 1").get("records").get(0);

        assertThat(record.get("Account__r").get("attributes").get("url").asText()).endsWith(record.get("Account__c").asText());
        assertThat(record.get("Account__r").get("Name").asText()).isNotEmpty();
    }

    @Test
    void includesAndExcludesMatchMultiSelectPicklists() {
        JsonNode all = query("SELECT Regions__c FROM Deal_Registration__c").get("records");
        JsonNode emea = query("SELECT Regions__c FROM Deal_Registration__c WHERE Regions__c INCLUDES ('EMEA')").get("records");
        JsonNode both = query("SELECT Regions__c FROM Deal_Registration__c WHERE Regions__c INCLUDES ('AMER;APAC')").get("records");
        JsonNode notEmea = query("SELECT Regions__c FROM Deal_Registration__c WHERE Regions__c EXCLUDES ('EMEA')").get("records");

        assertThat(texts(emea, "Regions__c")).allMatch(v -> List.of(v.split(";")).contains("EMEA"));
        assertThat(texts(both, "Regions__c")).allMatch(v -> List.of(v.split(";")).containsAll(List.of("AMER", "APAC")));
        assertThat(emea.size() + notEmea.size()).isEqualTo(all.size());
    }

    @Test
    void dateLiteralsAreResolvedAgainstTheEmulatorsClock() {
        LocalDate today = LocalDate.ofInstant(NOW, ZoneOffset.UTC);
        JsonNode all = query("SELECT CloseDate, CreatedDate FROM Opportunity").get("records");
        JsonNode nextMonth = query("SELECT CloseDate FROM Opportunity WHERE CloseDate = NEXT_N_DAYS:30").get("records");
        JsonNode recent = query("SELECT CreatedDate FROM Opportunity WHERE CreatedDate = LAST_N_DAYS:90").get("records");
        JsonNode literal = query("SELECT CloseDate FROM Opportunity WHERE CloseDate >= 2026-11-28 AND CreatedDate < 2026-11-28T12:00:00Z")
                .get("records");

        long expectedNext = texts(all, "CloseDate").stream().map(LocalDate::parse)
                .filter(d -> d.isAfter(today) && !d.isAfter(today.plusDays(30))).count();
        long expectedRecent = texts(all, "CreatedDate").stream().map(s -> LocalDate.parse(s.substring(0, 10)))
                .filter(d -> !d.isBefore(today.minusDays(90))).count();
        assertThat(nextMonth.size()).isEqualTo((int) expectedNext);
        assertThat(recent.size()).isEqualTo((int) expectedRecent);
        assertThat(texts(literal, "CloseDate")).allMatch(d -> !LocalDate.parse(d).isBefore(today));
    }

    @Test
    void dateFunctionsFilterOnPartsOfDatesAndDatetimes() {
        JsonNode all = query("SELECT CloseDate, CreatedDate FROM Opportunity").get("records");
        JsonNode year = query("SELECT CreatedDate FROM Opportunity WHERE CALENDAR_YEAR(CreatedDate) = 2026").get("records");
        JsonNode months = query("SELECT CloseDate FROM Opportunity WHERE CALENDAR_MONTH(CloseDate) IN (11, 12)").get("records");
        JsonNode day = query("SELECT CreatedDate FROM Opportunity WHERE DAY_ONLY(CreatedDate) = "
                + texts(all, "CreatedDate").get(0).substring(0, 10)).get("records");

        long expectedYear = texts(all, "CreatedDate").stream().filter(d -> d.startsWith("2026-")).count();
        long expectedMonths = texts(all, "CloseDate").stream().filter(d -> d.substring(5, 7).equals("11") || d.substring(5, 7).equals("12")).count();
        assertThat(year.size()).isEqualTo((int) expectedYear);
        assertThat(months.size()).isEqualTo((int) expectedMonths);
        assertThat(day.size()).isPositive();
        HttpResponse<String> wrongType = http.query("SELECT Id FROM Opportunity WHERE CALENDAR_YEAR(Name) = 2026", token);
        assertThat(wrongType.statusCode()).isEqualTo(400);
        HttpResponse<String> wrongOperator = http.query("SELECT Id FROM Opportunity WHERE CALENDAR_YEAR(CreatedDate) LIKE 2026", token);
        assertThat(wrongOperator.statusCode()).isEqualTo(400);
        assertThat(SalesforceHttp.json(wrongOperator).get(0).get("errorCode").asText()).isEqualTo("INVALID_FIELD");
    }

    @Test
    void dayOnlyAcceptsDateLiteralsThatAreRanges() {
        http.json("POST", http.data("/sobjects/Lead"), token, "{\"LastName\":\"Fresh\",\"Company\":\"X\",\"Status\":\"Open - Not Contacted\"}");
        LocalDate today = LocalDate.ofInstant(NOW, ZoneOffset.UTC);
        List<LocalDate> created = texts(query("SELECT CreatedDate FROM Lead").get("records"), "CreatedDate").stream()
                .map(d -> LocalDate.parse(d.substring(0, 10))).toList();

        JsonNode todays = query("SELECT Id FROM Lead WHERE DAY_ONLY(CreatedDate) = TODAY").get("records");
        JsonNode recent = query("SELECT Id FROM Lead WHERE DAY_ONLY(CreatedDate) = LAST_N_DAYS:3").get("records");
        JsonNode older = query("SELECT Id FROM Lead WHERE DAY_ONLY(CreatedDate) < LAST_N_DAYS:3").get("records");

        assertThat(todays.size()).isEqualTo((int) created.stream().filter(today::equals).count()).isPositive();
        assertThat(recent.size()).isEqualTo((int) created.stream().filter(d -> !d.isBefore(today.minusDays(3))).count());
        assertThat(older.size()).isEqualTo(created.size() - recent.size());
    }

    @Test
    void datetimeFieldRefusesAPlainDateButTakesDateLiterals() {
        HttpResponse<String> plainDate = http.query("SELECT Id FROM Opportunity WHERE CreatedDate > 2020-01-01", token);
        HttpResponse<String> literal = http.query("SELECT Id FROM Opportunity WHERE CreatedDate > LAST_N_DAYS:30", token);

        assertThat(plainDate.statusCode()).isEqualTo(400);
        JsonNode error = SalesforceHttp.json(plainDate).get(0);
        assertThat(error.get("errorCode").asText()).isEqualTo("INVALID_FIELD");
        assertThat(error.get("message").asText()).endsWith("ERROR at Row:1:Column:48\nvalue of filter criterion for field"
                + " 'CreatedDate' must be of type dateTime and should not be enclosed in quotes");
        assertThat(literal.statusCode()).as(literal.body()).isEqualTo(200);
    }

    @Test
    void yesterdayIsTheDayBeforeTheEmulatorsToday() {
        http.json("POST", http.data("/sobjects/Opportunity"), token,
                "{\"Name\":\"Closed yesterday\",\"StageName\":\"Closed Won\",\"CloseDate\":\"2026-11-27\"}");
        JsonNode all = query("SELECT CloseDate, CreatedDate FROM Opportunity").get("records");

        JsonNode closed = query("SELECT CloseDate FROM Opportunity WHERE CloseDate = YESTERDAY").get("records");
        JsonNode created = query("SELECT CreatedDate FROM Opportunity WHERE CreatedDate = YESTERDAY").get("records");

        assertThat(texts(closed, "CloseDate")).isNotEmpty().containsOnly("2026-11-27")
                .hasSize((int) texts(all, "CloseDate").stream().filter("2026-11-27"::equals).count());
        assertThat(created.size()).isEqualTo((int) texts(all, "CreatedDate").stream().filter(d -> d.startsWith("2026-11-27")).count());
    }

    @Test
    void groupByWithAggregatesAnswersAggregateResultsLikeTheRecording() {
        JsonNode page = query("SELECT AccountId, COUNT(Id) FROM Contact GROUP BY AccountId ORDER BY AccountId");

        JsonShape.assertContainsShape(Fixtures.json("restforce/query_aggregate_success_response.json").get("records").get(0)
                .get("attributes"), page.get("records").get(0).get("attributes"), "$.attributes");
        assertThat(page.get("totalSize").asInt()).isEqualTo(4);
        JsonNode first = page.get("records").get(0);
        assertThat(JsonShape.fieldNames(first)).containsExactly("attributes", "AccountId", "expr0");
        assertThat(first.get("attributes").has("url")).isFalse();
        int total = 0;
        for (JsonNode group : page.get("records")) {
            total += group.get("expr0").asInt();
        }
        assertThat(total).isEqualTo(10);
        assertThat(texts(page.get("records"), "AccountId")).isSorted();
    }

    @Test
    void havingFiltersGroupsByAggregatesAndGroupedFields() {
        JsonNode groups = query("SELECT StageName, COUNT(Id) n FROM Opportunity GROUP BY StageName").get("records");
        JsonNode busy = query("SELECT StageName, COUNT(Id) n FROM Opportunity GROUP BY StageName HAVING COUNT(Id) > 4").get("records");
        JsonNode named = query("SELECT StageName FROM Opportunity GROUP BY StageName HAVING StageName = 'Closed Won' OR SUM(Amount) < 0")
                .get("records");

        long expected = 0;
        for (JsonNode group : groups) {
            expected += group.get("n").asInt() > 4 ? 1 : 0;
        }
        assertThat(busy.size()).isEqualTo((int) expected);
        assertThat(busy).allSatisfy(g -> assertThat(g.get("n").asInt()).isGreaterThan(4));
        assertThat(texts(named, "StageName")).containsOnly("Closed Won");
        HttpResponse<String> like = http.query("SELECT StageName FROM Opportunity GROUP BY StageName HAVING StageName LIKE 'Closed%'", token);
        assertThat(like.statusCode()).isEqualTo(400);
        assertThat(SalesforceHttp.json(like).get(0).get("errorCode").asText()).isEqualTo("MALFORMED_QUERY");
    }

    @Test
    void aggregateQueriesOrderByAnAggregate() {
        JsonNode top = query("SELECT StageName, SUM(Amount) total FROM Opportunity GROUP BY StageName ORDER BY SUM(Amount) DESC LIMIT 3")
                .get("records");
        JsonNode byCount = query("SELECT StageName FROM Opportunity GROUP BY StageName ORDER BY COUNT(Id), StageName").get("records");

        assertThat(top).hasSize(3);
        List<Double> totals = new ArrayList<>();
        top.forEach(g -> totals.add(g.get("total").asDouble()));
        assertThat(totals).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(JsonShape.fieldNames(byCount.get(0))).containsExactly("attributes", "StageName");
    }

    @Test
    void aggregatesWithoutGroupByGiveOneRowWithAliases() {
        JsonNode all = query("SELECT Amount, CloseDate FROM Opportunity").get("records");
        JsonNode row = query("SELECT SUM(Amount) total, MAX(CloseDate), COUNT_DISTINCT(StageName) FROM Opportunity").get("records").get(0);

        double sum = 0;
        for (JsonNode r : all) {
            sum += r.get("Amount").asDouble();
        }
        assertThat(row.get("total").asDouble()).isEqualTo(sum);
        assertThat(row.get("expr0").asText()).isEqualTo(texts(all, "CloseDate").stream().max(String::compareTo).orElseThrow());
        assertThat(row.get("expr1").asInt()).isBetween(1, 7);
        HttpResponse<String> ungrouped = http.query("SELECT Name, COUNT(Id) FROM Contact GROUP BY AccountId", token);
        assertThat(ungrouped.statusCode()).isEqualTo(400);
        assertThat(SalesforceHttp.json(ungrouped).get(0).get("message").asText()).endsWith("Field must be grouped or aggregated: Name");
    }

    @Test
    void semiJoinsAndAntiJoinsFilterByAnotherObjectsIds() {
        http.json("POST", http.data("/sobjects/Account"), token, "{\"Name\":\"No opportunities\"}");
        java.util.Set<String> withDeals = new java.util.HashSet<>(texts(query("SELECT Account__c FROM Deal_Registration__c "
                + "WHERE Status__c = 'Approved'").get("records"), "Account__c"));

        JsonNode in = query("SELECT Id FROM Account WHERE Id IN (SELECT Account__c FROM Deal_Registration__c WHERE Status__c = 'Approved')")
                .get("records");
        JsonNode notIn = query("SELECT Id FROM Account WHERE Id NOT IN (SELECT AccountId FROM Opportunity)").get("records");

        assertThat(new java.util.HashSet<>(texts(in, "Id"))).isEqualTo(withDeals);
        assertThat(texts(notIn, "Id")).hasSize(1);
        HttpResponse<String> twoFields = http.query("SELECT Id FROM Account WHERE Id IN (SELECT Id, Name FROM Contact)", token);
        assertThat(twoFields.statusCode()).isEqualTo(400);
    }

    @Test
    void fieldsFunctionExpandsToTheObjectsFields() {
        JsonNode standard = query("SELECT FIELDS(STANDARD) FROM Contact LIMIT 1").get("records").get(0);
        JsonNode custom = query("SELECT FIELDS(CUSTOM) FROM Contact LIMIT 1").get("records").get(0);
        HttpResponse<String> unbounded = http.query("SELECT FIELDS(ALL) FROM Contact", token);

        assertThat(JsonShape.fieldNames(standard)).contains("Id", "LastName", "AccountId").doesNotContain("LTV_Score__c");
        assertThat(JsonShape.fieldNames(custom)).containsExactly("attributes", "LTV_Score__c", "Internal_ID__c",
                "External_Id__c", "Preferred_Channel__c");
        assertThat(unbounded.statusCode()).isEqualTo(400);
    }

    @Test
    void nullsLastPutsEmptyValuesAtTheEnd() {
        JsonNode ascending = query("SELECT MobilePhone FROM Contact ORDER BY MobilePhone").get("records");
        JsonNode nullsLast = query("SELECT MobilePhone FROM Contact ORDER BY MobilePhone NULLS LAST").get("records");

        List<String> first = texts(ascending, "MobilePhone");
        List<String> last = texts(nullsLast, "MobilePhone");
        assertThat(first).contains((String) null);
        assertThat(first.get(0)).isNull();
        assertThat(last.get(last.size() - 1)).isNull();
        assertThat(last.get(0)).isNotNull();
    }

    @Test
    void nullsFirstAndNullsLastHoldInEitherDirection() {
        List<String> ascending = texts(query("SELECT MobilePhone FROM Contact ORDER BY MobilePhone NULLS FIRST").get("records"), "MobilePhone");
        List<String> descendingFirst = texts(query("SELECT MobilePhone FROM Contact ORDER BY MobilePhone DESC NULLS FIRST")
                .get("records"), "MobilePhone");
        List<String> descendingLast = texts(query("SELECT MobilePhone FROM Contact ORDER BY MobilePhone DESC NULLS LAST")
                .get("records"), "MobilePhone");

        int nulls = (int) ascending.stream().filter(java.util.Objects::isNull).count();
        assertThat(nulls).isPositive().isLessThan(ascending.size());
        assertThat(ascending.subList(0, nulls)).containsOnlyNulls();
        assertThat(ascending.subList(nulls, ascending.size())).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
        assertThat(descendingFirst.subList(0, nulls)).containsOnlyNulls();
        List<String> values = descendingFirst.subList(nulls, descendingFirst.size());
        assertThat(values).doesNotContainNull().isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER.reversed());
        assertThat(descendingLast.subList(0, values.size())).isEqualTo(values);
        assertThat(descendingLast.subList(values.size(), descendingLast.size())).containsOnlyNulls();
    }

    @Test
    void selectingAFieldTwiceIsMalformed() {
        HttpResponse<String> response = http.query("SELECT Id, Name, id FROM Contact", token);

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode error = SalesforceHttp.json(response).get(0);
        assertThat(error.get("errorCode").asText()).isEqualTo("MALFORMED_QUERY");
        assertThat(error.get("message").asText()).isEqualTo("\nSELECT Id, Name, id FROM Contact\n                 ^\n"
                + "ERROR at Row:1:Column:18\nduplicate field selected: Id");
        assertThat(http.query("SELECT Id, Owner.Id, (SELECT Id FROM Contacts) FROM Account", token).statusCode()).isEqualTo(200);
    }

    @Test
    void aPlainFieldTakesNoAliasOutsideAGroupedQuery() {
        HttpResponse<String> stray = http.query("SELECT Name WHERE FROM Contact", token);
        HttpResponse<String> aliased = http.query("SELECT Id, (SELECT LastName n FROM Contacts) FROM Account", token);

        assertThat(stray.statusCode()).isEqualTo(400);
        JsonNode error = SalesforceHttp.json(stray).get(0);
        assertThat(error.get("errorCode").asText()).isEqualTo("MALFORMED_QUERY");
        assertThat(error.get("message").asText()).isEqualTo("\nSELECT Name WHERE FROM Contact\n            ^\n"
                + "ERROR at Row:1:Column:13\nonly aggregate expressions use field aliasing");
        assertThat(aliased.statusCode()).isEqualTo(400);
        assertThat(http.query("SELECT StageName s, COUNT(Id) FROM Opportunity GROUP BY StageName", token).statusCode())
                .isEqualTo(200);
    }

    @Test
    void offsetAboveTwoThousandIsOutsideTheValidRange() {
        HttpResponse<String> response = http.query("SELECT Id FROM Contact LIMIT 10 OFFSET 2001", token);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(SalesforceHttp.json(response).get(0).get("errorCode").asText()).isEqualTo("NUMBER_OUTSIDE_VALID_RANGE");
    }

    @Test
    void queryAllShowsDeletedRowsThatQueryHides() {
        String id = SalesforceHttp.json(http.json("POST", http.data("/sobjects/Lead"), token,
                "{\"LastName\":\"Gone\",\"Company\":\"X\",\"Status\":\"Open - Not Contacted\"}")).get("id").asText();
        http.json("DELETE", http.data("/sobjects/Lead/" + id), token, null);
        String soql = "SELECT Id, IsDeleted FROM Lead WHERE LastName = 'Gone'";

        JsonNode live = query(soql);
        JsonNode all = SalesforceHttp.json(http.get(http.data("/queryAll?q=") + SalesforceHttp.enc(soql), token));

        assertThat(live.get("totalSize").asInt()).isZero();
        assertThat(all.get("records").get(0).get("IsDeleted").asBoolean()).isTrue();
    }

    @Test
    void standardObjectsCarryRequiredFieldsAndRealKeyPrefixes() {
        assertThat(query("SELECT Id FROM Opportunity LIMIT 1").get("records").get(0).get("Id").asText()).startsWith("006");
        assertThat(query("SELECT Id FROM Lead LIMIT 1").get("records").get(0).get("Id").asText()).startsWith("00Q");
        assertThat(query("SELECT Id FROM Deal_Registration__c LIMIT 1").get("records").get(0).get("Id").asText()).startsWith("a0X");
        JsonNode error = SalesforceHttp.json(http.json("POST", http.data("/sobjects/Opportunity"), token, "{\"Name\":\"No stage\"}")).get(0);
        assertThat(error.get("message").asText()).isEqualTo("Required fields are missing: [StageName, CloseDate]");
    }
}
