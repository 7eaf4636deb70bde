package dev.crosswalk.core.toolkit.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateTimesTest {

    @ParameterizedTest
    @CsvSource({
        "2024-05-01T10:00:00Z, 2024-05-01T10:00:00Z",
        "2024-05-01T10:00:00.000+0000, 2024-05-01T10:00:00Z",
        "2024-05-01T12:00:00+02:00, 2024-05-01T10:00:00Z",
        "2024-05-01T04:30:00.5-0530, 2024-05-01T10:00:00.500Z",
        "2024-05-01T10:00:00.123456789Z, 2024-05-01T10:00:00.123456789Z",
        "2024-12-31T23:59:59.999+00:00, 2024-12-31T23:59:59.999Z",
        "2024-05-01, 2024-05-01T00:00:00Z",
        "' 2024-05-01T10:00:00Z ', 2024-05-01T10:00:00Z"
    })
    void readsTheDateTimeFormsProvidersSend(String text, String instant) {
        assertThat(DateTimes.instant(text)).contains(Instant.parse(instant));
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "2024-13-01T10:00:00Z", "2024-05-01T10:00:00", "2024-05-01T25:00:00Z",
        "2024-05-01T10:00:00+25:00", "2024-05-01T10:00:00+1:00", "2024-05-01 10:00:00Z", "2024-02-30", ""})
    void refusesTextThatIsNoDateTimeWithAnOffset(String text) {
        assertThat(DateTimes.instant(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "2024-05-01, 2024-05-01",
        "2024-07-01T23:30:00.000+0000, 2024-07-01",
        "2024-07-01T23:30:00-0500, 2024-07-01"
    })
    void cutsADateTimeToTheDateAsWritten(String text, String date) {
        assertThat(DateTimes.date(text)).contains(LocalDate.parse(date));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-05-01 trailing", "01/05/2024", "2024-05-01Tnonsense"})
    void refusesTextThatIsNoDate(String text) {
        assertThat(DateTimes.date(text)).isEmpty();
    }
}
