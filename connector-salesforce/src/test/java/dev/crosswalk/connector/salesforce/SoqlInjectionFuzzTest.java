package dev.crosswalk.connector.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswalk.core.domain.FieldFilter;
import dev.crosswalk.core.domain.FieldFilter.Operator;
import dev.crosswalk.core.domain.ProviderRecord;
import dev.crosswalk.core.domain.RecordQuery;
import dev.crosswalk.core.port.out.crm.RecordPort;
import dev.crosswalk.testkit.junit.SalesforceEmulatorExtension;
import dev.crosswalk.testkit.salesforce.SalesforceEmulator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Hostile filter values sent through the record port to the emulator. Every value is first stored in a contact's
 * {@code Title} (REST create), then filtered for: exactly the contacts holding it come back, and the SOQL the emulator
 * received holds the value as one literal that decodes back to it, followed by nothing but the connector's own
 * clauses. Contains must treat {@code %} and {@code _} as themselves.
 */
class SoqlInjectionFuzzTest {

    private static final long SEED = 20_240_601L;
    private static final int RANDOM_VALUES = 60;
    private static final int TITLE_LENGTH = 128;
    private static final char[] HOSTILE_ALPHABET = {'\\', '\'', '"', '%', '_', '\n', '\r', '\t', '\b', '\f', ' ',
        'a', 'B', 'z', '(', ')', '{', '}', ',', '=', '-', ';', '*', '?', ':', '\u0001', '\u007f', '\u00e9', '\u4e2d'};

    @RegisterExtension
    static final SalesforceEmulatorExtension SALESFORCE = SalesforceEmulatorExtension.builder()
            .seed(13).accounts(1).contacts(0).build();

    /** Contact id by the hostile title it holds. */
    private static final Map<String, String> CONTACTS = new LinkedHashMap<>();
    private static EmulatorConnection salesforce;

    private SalesforceEmulator emulator;
    private RecordPort records;

    @BeforeAll
    static void storeEveryHostileValue() {
        salesforce = EmulatorConnection.to(SALESFORCE.emulator());
        EmulatorRest rest = new EmulatorRest(SALESFORCE.emulator());
        Set<String> seen = new HashSet<>();
        for (String value : hostileValues()) {
            if (seen.add(value.toLowerCase(Locale.ROOT))) {
                CONTACTS.put(value, rest.create("Contact", Map.of("LastName", "Fuzz " + CONTACTS.size(),
                        "Title", value)));
            }
        }
    }

    @AfterAll
    static void close() {
        salesforce.close();
    }

    @BeforeEach
    void clearTheLog() {
        emulator = SALESFORCE.emulator();
        records = salesforce.connector.records();
    }

    @Test
    void equalityFindsExactlyTheRecordHoldingEachHostileValue() {
        for (Map.Entry<String, String> contact : CONTACTS.entrySet()) {
            String value = contact.getKey();
            emulator.requestLog().clear();

            List<ProviderRecord> found = list(FieldFilter.equalTo("Title", value));

            assertThat(found).as(shown(value)).extracting(ProviderRecord::id).containsExactly(contact.getValue());
            assertThat(found.get(0).fields().get("Title")).isEqualTo(value);
            String soql = onlyStatementSent();
            String prefix = "SELECT Id, Title FROM Contact WHERE Title = '";
            assertThat(soql).as(shown(value)).startsWith(prefix);
            Literal literal = Literal.readFrom(soql, prefix.length());
            assertThat(literal.value()).as(shown(value)).isEqualTo(value);
            assertThat(soql.substring(literal.end())).as(shown(value)).isEqualTo(" ORDER BY Id");
        }
    }

    @Test
    void notEqualsAndInKeepEveryHostileValueWhole() {
        List<String> values = List.copyOf(CONTACTS.keySet());
        List<String> some = List.of(values.get(0), values.get(3), values.get(values.size() - 1));

        List<ProviderRecord> in = list(FieldFilter.in("Title", some));
        List<ProviderRecord> notEqual = list(FieldFilter.of("Title", Operator.NOT_EQUALS, List.of(values.get(1))));

        assertThat(in).extracting(ProviderRecord::id)
                .containsExactlyInAnyOrderElementsOf(some.stream().map(CONTACTS::get).toList());
        assertThat(notEqual).extracting(ProviderRecord::id).hasSize(CONTACTS.size() - 1)
                .doesNotContain(CONTACTS.get(values.get(1)));
    }

    @Test
    void containsMatchesPercentUnderscoreAndEveryOtherCharacterLiterally() {
        for (String value : CONTACTS.keySet()) {
            emulator.requestLog().clear();

            List<ProviderRecord> found = list(FieldFilter.of("Title", Operator.CONTAINS, List.of(value)));

            String lower = value.toLowerCase(Locale.ROOT);
            List<String> expected = CONTACTS.entrySet().stream()
                    .filter(contact -> contact.getKey().toLowerCase(Locale.ROOT).contains(lower))
                    .map(Map.Entry::getValue).toList();
            assertThat(found).as(shown(value)).extracting(ProviderRecord::id)
                    .containsExactlyInAnyOrderElementsOf(expected);
            String soql = onlyStatementSent();
            String prefix = "SELECT Id, Title FROM Contact WHERE Title LIKE '";
            Literal literal = Literal.readFrom(soql, prefix.length());
            assertThat(literal.likePattern()).as(shown(value)).isEqualTo(Literal.ANY + value + Literal.ANY);
            assertThat(soql.substring(literal.end())).as(shown(value)).isEqualTo(" ORDER BY Id");
        }
    }

    @Test
    void aWildcardAloneMatchesOnlyTitlesHoldingThatCharacter() {
        List<ProviderRecord> percent = list(FieldFilter.of("Title", Operator.CONTAINS, List.of("%")));
        List<ProviderRecord> underscore = list(FieldFilter.of("Title", Operator.CONTAINS, List.of("_")));

        assertThat(percent).isNotEmpty().hasSizeLessThan(CONTACTS.size())
                .allSatisfy(contact -> assertThat((String) contact.fields().get("Title")).contains("%"));
        assertThat(underscore).isNotEmpty().hasSizeLessThan(CONTACTS.size())
                .allSatisfy(contact -> assertThat((String) contact.fields().get("Title")).contains("_"));
    }

    @Test
    void aHostileSearchTermStaysInsideItsBraces() {
        for (String value : CONTACTS.keySet()) {
            if (value.chars().allMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
                continue;
            }
            emulator.requestLog().clear();

            records.list(salesforce.connection, RecordQuery.builder("Contact").fields(List.of("Title"))
                    .searchTerm(value).build());

            String sosl = onlyStatementSent();
            assertThat(sosl).as(shown(value)).startsWith("FIND {")
                    .endsWith("} IN ALL FIELDS RETURNING Contact(Id, Title ORDER BY Id LIMIT 101)");
            String term = sosl.substring("FIND {".length(), sosl.length()
                    - "} IN ALL FIELDS RETURNING Contact(Id, Title ORDER BY Id LIMIT 101)".length());
            assertThat(unescapeSosl(term)).as(shown(value)).isEqualTo(withoutControls(value));
        }
    }

    private List<ProviderRecord> list(FieldFilter filter) {
        return records.list(salesforce.connection, RecordQuery.builder("Contact").fields(List.of("Title"))
                .filter(filter).pageSize(2000).build()).records();
    }

    private String onlyStatementSent() {
        List<String> sent = EmulatorRest.statementsSent(emulator);
        assertThat(sent).hasSize(1);
        return sent.get(0);
    }

    static List<String> hostileValues() {
        List<String> values = new ArrayList<>(List.of(
                "O'Brien", "\\", "\\'", "''", "' OR Name != '", "\\' OR 1=1 --", "' OR 1=1) --",
                "' AND Id IN (SELECT Id FROM User) AND Title = '", "%", "_", "100%", "snake_case", "%_%", "\\%",
                "\\_", "line one\nline two", "tab\there", "carriage\rreturn", "bell\bform\ffeed", "say \"hi\"",
                "end with a backslash\\", "control \u0001 char", "delete \u007f char", "caf\u00e9 \u00fcber",
                "\u4e2d\u6587\u540d\u5b57", "emoji \ud83d\ude00 clef \ud834\udd1e", "{braces} [brackets] (parens)",
                "NULL", "null", " padded ", "SELECT Id FROM Contact", "a%b_c\\d'e\"f\ng",
                "long " + "\\'%_\"".repeat(24) + "end"));
        Random random = new Random(SEED);
        for (int i = 0; i < RANDOM_VALUES; i++) {
            values.add(randomValue(random));
        }
        values.replaceAll(value -> value.length() > TITLE_LENGTH ? value.substring(0, TITLE_LENGTH) : value);
        return values;
    }

    /** Up to 40 characters of the hostile alphabet, sometimes with a character outside the basic plane. */
    private static String randomValue(Random random) {
        StringBuilder value = new StringBuilder();
        int length = 1 + random.nextInt(40);
        for (int i = 0; i < length; i++) {
            if (random.nextInt(12) == 0) {
                value.appendCodePoint(0x1F300 + random.nextInt(0x200));
            } else {
                value.append(HOSTILE_ALPHABET[random.nextInt(HOSTILE_ALPHABET.length)]);
            }
        }
        return value.toString();
    }

    private static String shown(String value) {
        StringBuilder shown = new StringBuilder("value '");
        value.codePoints().forEach(c -> shown.append(c < 0x20 || c == 0x7f ? String.format("\\x%02x", c)
                : new String(Character.toChars(c))));
        return shown.append("'").toString();
    }

    private static String withoutControls(String value) {
        StringBuilder out = new StringBuilder();
        value.chars().forEach(c -> out.append(Character.isISOControl(c) ? ' ' : (char) c));
        return out.toString();
    }

    private static String unescapeSosl(String term) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < term.length(); i++) {
            char c = term.charAt(i);
            out.append(c == '\\' && i + 1 < term.length() ? term.charAt(++i) : c);
        }
        return out.toString();
    }

    /**
     * A SOQL string literal read back by SOQL's rules, independently of the connector's writer: the value it stands
     * for, the pattern a LIKE reads in it (a bare {@code %} or {@code _} is a wildcard, shown as {@link #ANY} or
     * {@link #ONE}; {@code \%} and {@code \_} are the characters themselves), and where the literal ends.
     */
    private record Literal(String value, String likePattern, int end) {

        /** How {@link #likePattern()} shows a bare {@code %}, which matches any text. */
        static final String ANY = "\u27e8any\u27e9";
        /** How {@link #likePattern()} shows a bare {@code _}, which matches one character. */
        static final String ONE = "\u27e8one\u27e9";

        static Literal readFrom(String soql, int start) {
            StringBuilder value = new StringBuilder();
            StringBuilder like = new StringBuilder();
            for (int i = start; i < soql.length(); i++) {
                char c = soql.charAt(i);
                if (c == '\'') {
                    return new Literal(value.toString(), like.toString(), i + 1);
                }
                if (c == '%' || c == '_') {
                    value.append(c);
                    like.append(c == '%' ? ANY : ONE);
                    continue;
                }
                if (c != '\\') {
                    value.append(c);
                    like.append(c);
                    continue;
                }
                char next = soql.charAt(++i);
                char meant = switch (next) {
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    case 't' -> '\t';
                    case 'b' -> '\b';
                    case 'f' -> '\f';
                    case 'u' -> {
                        char decoded = (char) Integer.parseInt(soql.substring(i + 1, i + 5), 16);
                        i += 4;
                        yield decoded;
                    }
                    default -> next;
                };
                value.append(meant);
                like.append(meant);
            }
            throw new AssertionError("the literal starting at " + start + " never ends: " + soql);
        }
    }
}
