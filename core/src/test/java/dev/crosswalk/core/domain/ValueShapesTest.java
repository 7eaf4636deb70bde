package dev.crosswalk.core.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValueShapesTest {

    @ParameterizedTest
    @ValueSource(strings = {"a", "sf-main", "SF_Main_2", "0"})
    void acceptsConnectionIdsOfLettersDigitsUnderscoresAndHyphens(String id) {
        assertThat(new ConnectionId(id).value()).isEqualTo(id);
        assertThat(new ConnectionId(id).toString()).isEqualTo(id);
    }

    @Test
    void acceptsAConnectionIdOfSixtyFourCharactersAndRefusesSixtyFive() {
        assertThatCode(() -> new ConnectionId("x".repeat(64))).doesNotThrowAnyException();
        assertThatThrownBy(() -> new ConnectionId("x".repeat(65))).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "sf main", "sf/main", "../etc", "sf.main", "sf\nmain", "é", "a;drop"})
    void refusesConnectionIdsOfAnyOtherShape(String id) {
        assertThatThrownBy(() -> new ConnectionId(id)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAMissingConnectionIdOrTenantId() {
        assertThatThrownBy(() -> new ConnectionId(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new TenantId(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new TenantId("  ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void namesAConnectionByTenantAndId() {
        ConnectionRef ref = new ConnectionRef(new TenantId("acme"), new ConnectionId("sf-main"));

        assertThat(ref).hasToString("acme/sf-main");
        assertThat(ref).isNotEqualTo(new ConnectionRef(new TenantId("globex"), new ConnectionId("sf-main")));
    }

    @Test
    void acceptsPageSizesFromOneToTheMaximum() {
        assertThat(PageRequest.first(1).pageSize()).isEqualTo(1);
        assertThat(PageRequest.first(PageRequest.MAX_PAGE_SIZE).pageSize()).isEqualTo(2000);
        assertThat(PageRequest.first(10).after()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 2001, Integer.MAX_VALUE, Integer.MIN_VALUE})
    void refusesPageSizesOutsideTheBounds(int size) {
        assertThatThrownBy(() -> PageRequest.first(size))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(String.valueOf(size));
        assertThatThrownBy(() -> new PageRequest(size, Optional.of(new PageToken("t"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesABlankPageToken() {
        assertThatThrownBy(() -> new PageToken(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PageToken(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void refusesImpossibleQuotaUsage() {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        assertThatThrownBy(() -> new QuotaUsage(-1, 100, now)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new QuotaUsage(0, 0, now)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new QuotaUsage(25, 100, now).fraction()).isEqualTo(0.25);
    }
}
