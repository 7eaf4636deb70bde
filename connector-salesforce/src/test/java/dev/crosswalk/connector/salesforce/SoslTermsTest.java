package dev.crosswalk.connector.salesforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SoslTermsTest {

    @Test
    void escapesEveryReservedCharacterWithABackslash() {
        assertThat(SoslTerms.braced("? & | ! { } [ ] ( ) ^ ~ * : \\ \" ' + -"))
                .isEqualTo("{\\? \\& \\| \\! \\{ \\} \\[ \\] \\( \\) \\^ \\~ \\* \\: \\\\ \\\" \\' \\+ \\-}");
    }

    @Test
    void keepsOrdinaryTextAndTurnsControlCharactersIntoSpaces() {
        assertThat(SoslTerms.braced("Acme Widgets")).isEqualTo("{Acme Widgets}");
        assertThat(SoslTerms.braced("line\nbreak\ttab")).isEqualTo("{line break tab}");
        assertThat(SoslTerms.braced("caf\u00e9 \ud83d\ude00")).isEqualTo("{caf\u00e9 \ud83d\ude00}");
    }

    @Test
    void refusesATermWithNothingToSearchForOrAnUnpairedSurrogate() {
        assertThatThrownBy(() -> SoslTerms.braced(" \n\t ")).hasMessageContaining("nothing to search for");
        assertThatThrownBy(() -> SoslTerms.braced("a\ud83d")).hasMessageContaining("unpaired surrogate");
    }
}
