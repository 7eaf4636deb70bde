package dev.crosswalk.core.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
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
        assertThat(RecordQuery.builder("Contact").pageSize(1).build().pageSize()).isEqualTo(1);
        assertThat(RecordQuery.builder("Contact").pageSize(RecordQuery.MAX_PAGE_SIZE).build().pageSize()).isEqualTo(2000);
        assertThat(RecordQuery.builder("Contact").build().pageToken()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 2001, Integer.MAX_VALUE, Integer.MIN_VALUE})
    void refusesPageSizesOutsideTheBounds(int size) {
        assertThatThrownBy(() -> RecordQuery.builder("Contact").pageSize(size))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(String.valueOf(size));
    }

    @Test
    void refusesAWatermarkCombinedWithAnExplicitOrder() {
        assertThatThrownBy(() -> RecordQuery.builder("Contact")
                .modifiedSince(Watermark.after(Instant.EPOCH, ""))
                .orderBy(SortOrder.ascending("Name"))
                .build()).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFieldFilterTakesOneValueExceptForInAndNotIn() {
        assertThatThrownBy(() -> FieldFilter.of("Email", FieldFilter.Operator.EQUALS, java.util.List.of("a", "b")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FieldFilter.in("Email", java.util.List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(FieldFilter.in("Email", java.util.List.of("a", "b")).values()).containsExactly("a", "b");
        assertThat(FieldFilter.equalTo("Email", null).values()).containsExactly((Object) null);
    }

    @Test
    void refusesABlankPageToken() {
        assertThatThrownBy(() -> PageToken.of(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PageToken.of(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void refusesImpossibleQuotaUsage() {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        assertThatThrownBy(() -> QuotaUsage.of(-1, 100, now)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QuotaUsage.of(0, 0, now)).isInstanceOf(IllegalArgumentException.class);
        assertThat(QuotaUsage.of(25, 100, now).fraction()).isEqualTo(0.25);
    }
}
