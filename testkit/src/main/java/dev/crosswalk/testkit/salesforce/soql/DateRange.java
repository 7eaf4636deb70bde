package dev.crosswalk.testkit.salesforce.soql;

import java.time.LocalDate;

/** The days a date literal such as {@code LAST_N_DAYS:30} stands for: {@code [start, end)}, in UTC. */
public record DateRange(LocalDate start, LocalDate end) {
}
