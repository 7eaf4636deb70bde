package dev.crosswalk.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosswalk.core.domain.ConnectionId;
import dev.crosswalk.core.domain.ConnectionRef;
import dev.crosswalk.core.domain.PageToken;
import dev.crosswalk.core.domain.Secret;
import dev.crosswalk.core.domain.TenantId;
import dev.crosswalk.core.port.in.ListRequest;
import dev.crosswalk.core.port.in.UseCaseException;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class CursorCodecTest {

    private static final ConnectionRef ACME = new ConnectionRef(new TenantId("acme"), new ConnectionId("sf"));
    private static final ConnectionRef GLOBEX = new ConnectionRef(new TenantId("globex"), new ConnectionId("sf"));
    private static final PageToken TOKEN = PageToken.of("/services/data/v62.0/query/01gXX-200");

    private final CursorCodec codec = new CursorCodec(Secret.of("signing-key"));

    @Test
    void givesBackTheTokenForTheConnectionAndListingItWasIssuedFor() {
        String cursor = codec.encode(TOKEN, ACME, "contacts");

        assertThat(codec.decode(cursor, ACME, "contacts")).isEqualTo(TOKEN);
        assertThat(cursor).doesNotContain("query").doesNotContain("01gXX");
    }

    @Test
    void refusesACursorForAnotherConnectionOrListing() {
        String cursor = codec.encode(TOKEN, ACME, "contacts");

        assertThatThrownBy(() -> codec.decode(cursor, GLOBEX, "contacts")).isInstanceOf(UseCaseException.InvalidCursor.class);
        assertThatThrownBy(() -> codec.decode(cursor, ACME, "accounts"))
                .isInstanceOf(UseCaseException.InvalidCursor.class).hasMessageContaining("other filters");
    }

    @Test
    void refusesATamperedTruncatedOrForeignlySignedCursor() {
        String cursor = codec.encode(TOKEN, ACME, "contacts");
        int dot = cursor.lastIndexOf('.');
        String payload = new String(Base64.getUrlDecoder().decode(cursor.substring(0, dot)));
        String forged = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.replace("-200", "-400").getBytes()) + cursor.substring(dot);

        for (String bad : List.of(forged, cursor.substring(0, cursor.length() - 3), cursor.substring(0, dot),
                "not a cursor", new CursorCodec(Secret.of("another-key")).encode(TOKEN, ACME, "contacts"))) {
            assertThatThrownBy(() -> codec.decode(bad, ACME, "contacts")).as(bad)
                    .isInstanceOf(UseCaseException.InvalidCursor.class);
        }
    }

    @Test
    void listingsThatDifferOnlyInHowValuesAreSplitHaveDifferentFingerprints() {
        ListRequest twoValues = ListRequest.builder(ACME).filter("Email", List.of("a", "b")).build();
        ListRequest oneValue = ListRequest.builder(ACME).filter("Email", List.of("a, b")).build();
        ListRequest separatorInTerm = ListRequest.builder(ACME).searchTerm("x\u001f5[]").build();
        ListRequest separatorInField = ListRequest.builder(ACME).fields(List.of("x\u001f5[]")).build();

        assertThat(RecordQueries.listing("objects", "Contact", twoValues))
                .isNotEqualTo(RecordQueries.listing("objects", "Contact", oneValue));
        assertThat(RecordQueries.listing("objects", "Contact", separatorInTerm))
                .isNotEqualTo(RecordQueries.listing("objects", "Contact", separatorInField));
        assertThat(RecordQueries.listing("objects", "Contact", twoValues))
                .isEqualTo(RecordQueries.listing("objects", "Contact",
                        ListRequest.builder(ACME).filter("Email", List.of("a", "b")).pageSize(500).build()))
                .as("the page size does not select records");
    }
}
