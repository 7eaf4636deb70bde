package dev.crosswalk.core.toolkit.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosswalk.core.domain.UnifiedObject;
import dev.crosswalk.core.port.out.crm.MappingDocument;
import org.junit.jupiter.api.Test;

class MappingParsingTest {

    private static MappingException refusal(String text) {
        try {
            UnifiedMapping.compile(MappingDocument.of(UnifiedObject.CONTACT, "test", text));
        } catch (MappingException e) {
            return e;
        }
        throw new AssertionError("the document was accepted:\n" + text);
    }

    @Test
    void refusesAnUnknownTopLevelKeyAtItsLineAndColumnListingTheValidKeys() {
        MappingException e = refusal("""
                object: Contact
                response:
                  id: Id
                respones:
                  name: Name
                """);

        assertThat(e).hasMessage("test:4:1: unknown key 'respones'; expected one of object, custom_fields, response,"
                + " response_mapping, query, query_mapping, request");
        assertThat(e.sourceName()).isEqualTo("test");
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.column()).isEqualTo(1);
        assertThat(e.reason()).startsWith("unknown key 'respones'");
    }

    @Test
    void pointsAtTheOffendingCharacterOfAJsonataSyntaxErrorInALiteralBlockScalar() {
        MappingException e = refusal("""
                object: Contact
                response:
                  name: |
                    $join([FirstName,
                      LastName)
                """);

        assertThat(e.line()).isEqualTo(5);
        assertThat(e.column()).isEqualTo(15);
        assertThat(e.reason()).isEqualTo("response.name: JSONata syntax error: expected ']', got ')'");
    }

    @Test
    void placesTheErrorTheSameWayWhenLinesEndWithCarriageReturns() {
        MappingException e = refusal("object: Contact\r\nresponse:\r\n  name: |\r\n    $join([FirstName,\r\n"
                + "      LastName)\r\n");

        assertThat(e.line()).isEqualTo(5);
        assertThat(e.column()).isEqualTo(15);
    }

    @Test
    void pointsAtTheOffendingCharacterOfAJsonataSyntaxErrorInAQuotedSingleLineScalar() {
        MappingException e = refusal("""
                object: Contact
                response:
                  name: "$join([FirstName, LastName)"
                """);

        assertThat(e).hasMessageStartingWith("test:3:36: response.name: JSONata syntax error");
    }

    @Test
    void pointsAtTheOffendingCharacterOfAJsonataSyntaxErrorInAPlainSingleLineScalar() {
        MappingException e = refusal("""
                object: Contact
                response:
                  name: $join([FirstName, LastName)
                """);

        assertThat(e).hasMessageStartingWith("test:3:35: response.name: JSONata syntax error");
    }

    @Test
    void countsDoubledQuotesWhenLocatingAnErrorInASingleQuotedScalar() {
        MappingException e = refusal("""
                object: Contact
                response:
                  name: '$join([''a'', FirstName)'
                """);

        assertThat(e).hasMessageStartingWith("test:3:33: response.name: JSONata syntax error");
    }

    @Test
    void pointsAtTheStartOfAFoldedScalarWhoseErrorItCannotPlaceExactly() {
        MappingException e = refusal("""
                object: Contact
                response:
                  name: >
                    $join([FirstName,
                    LastName)
                """);

        assertThat(e).hasMessageStartingWith("test:3:9: response.name: JSONata syntax error");
    }

    @Test
    void reportsAJsonataSyntaxErrorInAResponseMappingOnItsLine() {
        MappingException e = refusal("""
                object: Contact
                response_mapping: |
                  {
                    "id": Id,
                    "name": $join([FirstName, LastName], " "
                  }
                """);

        assertThat(e.line()).isBetween(5, 6);
        assertThat(e.reason()).startsWith("response_mapping: JSONata syntax error: ");
    }

    @Test
    void refusesABadRegularExpressionAtTheCharacterJavaNames() {
        MappingException e = refusal("""
                object: Contact
                custom_fields: '__c($'
                """);

        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(22);
        assertThat(e.reason()).startsWith("custom_fields: invalid regular expression: Unclosed group");
    }

    @Test
    void refusesAPathDeeperThanFiveLevels() {
        MappingException e = refusal("""
                object: Contact
                response:
                  boss: Owner.Manager.Manager.Manager.Manager.Email
                """);

        assertThat(e).hasMessage("test:3:9: response.boss: the path 'Owner.Manager.Manager.Manager.Manager.Email' has"
                + " 6 levels; at most 5 are allowed");
    }

    @Test
    void stripsALeadingResponseBeforeCountingLevels() {
        UnifiedMapping mapping = Fixtures.contacts("""
                response:
                  id: Id
                  boss: response.Owner.Manager.Manager.Manager.Email
                """);

        assertThat(mapping.compiledResponse()).isTrue();
    }

    @Test
    void refusesValuesOfTheWrongKind() {
        assertThat(refusal("object: [Contact]\n")).hasMessage("test:1:9: 'object' must name the provider object"
                + " (text, e.g. Contact); it is a list");
        assertThat(refusal("object: Contact\nresponse: [Id, Name]\n")).hasMessage("test:2:11: 'response' must be an"
                + " object of unified field names to expressions; it is a list");
        assertThat(refusal("object: Contact\nresponse_mapping: 12\n")).hasMessageContaining("'response_mapping' must be"
                + " JSONata text");
        assertThat(refusal("object: Contact\ncustom_fields: [a]\n")).hasMessageContaining("'custom_fields' must be a"
                + " regular expression");
        assertThat(refusal("object: Contact\nquery:\n  email: \"Email = 'x'\"\n")).hasMessage("test:3:10: query.email:"
                + " expected a provider field path such as Email or Account.Name; got 'Email = 'x''");
        assertThat(refusal("- object\n- Contact\n"))
                .hasMessageStartingWith("test:1:1: a mapping document is an object");
    }

    @Test
    void requiresObjectInAConnectorsFile() {
        assertThat(refusal("response:\n  id: Id\n")).hasMessage("test:1:1: missing 'object': a connector's mapping"
                + " file names the provider object it reads, e.g. 'object: Contact'");
        assertThat(refusal("")).hasMessageStartingWith("test:1:1: missing 'object'");
    }

    @Test
    void refusesObjectInAnOverride() {
        assertThatThrownBy(() -> Fixtures.contactMapping().withOverride("override", "response:\n  title: Title\n"
                + "object: Lead\n"))
                .isInstanceOf(MappingException.class)
                .hasMessage("override:3:1: 'object' is not allowed in an override: the connector's file names the"
                        + " provider object; remove it");
    }

    @Test
    void refusesRemoteWasDeletedAsAResponseField() {
        assertThat(refusal("object: Contact\nresponse:\n  remote_was_deleted: IsDeleted\n"))
                .hasMessage("test:3:3: response.remote_was_deleted is set by Crosswalk, never by a mapping; remove it");
    }

    @Test
    void reportsAYamlSyntaxErrorWithItsPosition() {
        MappingException e = refusal("object: Contact\nresponse:\n  id: [Id\n  name: Name\n");

        assertThat(e.reason()).startsWith("YAML syntax error: ");
        assertThat(e.line()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void refusesADuplicateKey() {
        assertThat(refusal("object: Contact\nresponse:\n  id: Id\n  id: Name\n"))
                .hasMessage("test:4:3: duplicate key 'id'");
    }

    @Test
    void refusesADocumentWhoseAliasesExpandBeyondAnyMapping() {
        StringBuilder laughs = new StringBuilder("object: Contact\nrequest:\n  l0: &l0 [x, x, x, x, x]\n");
        for (int level = 1; level <= 9; level++) {
            String previous = "*l" + (level - 1);
            laughs.append("  l").append(level).append(": &l").append(level).append(" [").append(previous)
                    .append(", ").append(previous).append(", ").append(previous).append(", ").append(previous)
                    .append(", ").append(previous).append("]\n");
        }

        assertThat(refusal(laughs.toString()).reason()).startsWith("more than 100000 values");
    }

    @Test
    void readsJsonToo() {
        UnifiedMapping mapping = UnifiedMapping.compile(MappingDocument.of(UnifiedObject.CONTACT, "test",
                "{\"object\": \"Contact\", \"response\": {\"id\": \"Id\", \"kind\": \"'person'\", \"score\": 3},"
                        + " \"query\": {\"email\": \"Email\"}, \"request\": {\"anything\": 1}}"));

        assertThat(mapping.providerObject()).isEqualTo("Contact");
        assertThat(mapping.compiledResponse()).isTrue();
        assertThat(mapping.filterNames()).containsExactly("email");
    }

    @Test
    void collectsEveryProblemOfAnOverrideAtOnce() {
        assertThat(UnifiedMapping.problemsIn("override", """
                object: Contact
                respones:
                  title: Title
                custom_fields: '('
                response:
                  name: $join([FirstName
                  deep: A.B.C.D.E.F
                """)).containsExactly(
                "override:1:1: 'object' is not allowed in an override: the connector's file names the provider"
                        + " object; remove it",
                "override:2:1: unknown key 'respones'; expected one of object, custom_fields, response,"
                        + " response_mapping, query, query_mapping, request",
                "override:4:18: custom_fields: invalid regular expression: Unclosed group",
                "override:6:24: response.name: JSONata syntax error: expected ']' before end of expression",
                "override:7:9: response.deep: the path 'A.B.C.D.E.F' has 6 levels; at most 5 are allowed");
    }

    @Test
    void findsNoProblemInAGoodOverrideOrAnEmptyOne() {
        assertThat(UnifiedMapping.problemsIn("override", "response:\n  title: Title\n")).isEmpty();
        assertThat(UnifiedMapping.problemsIn("override", "# nothing yet\n")).isEmpty();
    }

    @Test
    void collectsEveryProblemOfAConnectorFileAtOnceAndAsksForItsObject() {
        assertThat(UnifiedMapping.problemsInConnectorFile("sf:contact.yaml", """
                respones:
                  title: Title
                response:
                  name: $join([FirstName
                """)).containsExactly(
                "sf:contact.yaml:1:1: unknown key 'respones'; expected one of object, custom_fields, response,"
                        + " response_mapping, query, query_mapping, request",
                "sf:contact.yaml:4:24: response.name: JSONata syntax error: expected ']' before end of expression",
                "sf:contact.yaml:1:1: missing 'object': a connector's mapping file names the provider object it"
                        + " reads, e.g. 'object: Contact'");
        assertThat(UnifiedMapping.problemsInConnectorFile("sf:contact.yaml", "object: Contact\n")).isEmpty();
    }
}
