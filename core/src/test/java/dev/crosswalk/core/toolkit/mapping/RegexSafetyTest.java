package dev.crosswalk.core.toolkit.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A custom-fields pattern is stopped by a count of reads, never by the clock, so load cannot fail a sane match. */
class RegexSafetyTest {

    @Test
    void aSanePatternMatchesWellWithinItsReads() {
        assertThat(RegexSafety.find(Pattern.compile("__c$"), "FirstName", "custom_fields")).isFalse();
        assertThat(RegexSafety.find(Pattern.compile("__c$"), "Tier__c", "custom_fields")).isTrue();
        assertThat(RegexSafety.find(Pattern.compile("(?i)^(custom_|x_)[a-z]+__c$"), "x_" + "y".repeat(250) + "__c",
                "custom_fields", 2_000)).isTrue();
    }

    @Test
    void aMatchThatReadsMoreThanItsBudgetIsStoppedAndNamed() {
        assertThatThrownBy(() -> RegexSafety.find(Pattern.compile("z$"), "a".repeat(100), "custom_fields", 50))
                .isInstanceOf(MappingEvaluationException.class)
                .hasMessageContaining("/z$/ read more than 50 characters").hasMessageContaining("simplify it");
    }
}
