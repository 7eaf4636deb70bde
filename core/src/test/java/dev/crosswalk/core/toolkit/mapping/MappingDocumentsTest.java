package dev.crosswalk.core.toolkit.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswalk.core.domain.UnifiedObject;
import dev.crosswalk.core.port.out.crm.MappingDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

class MappingDocumentsTest {

    @Test
    void loadsTheMappingFilesPresentNextToTheAnchorClassInUnifiedObjectOrder() {
        List<MappingDocument> documents = MappingDocuments.fromClasspath(MappingDocumentsTest.class, "testkind");

        assertThat(documents).extracting(MappingDocument::object)
                .containsExactly(UnifiedObject.CONTACT, UnifiedObject.ACCOUNT);
        assertThat(documents).extracting(MappingDocument::sourceName)
                .containsExactly("testkind:mappings/testkind/contact.yaml", "testkind:mappings/testkind/account.yaml");
        assertThat(documents.get(0).text()).isEqualTo(Fixtures.resource("mappings/testkind/contact.yaml"));
        assertThat(documents.get(1).text()).contains("Société, Ærø");
        assertThat(UnifiedMapping.compile(documents.get(0)).providerObject()).isEqualTo("Contact");
    }

    @Test
    void findsNoFilesNextToAClassFromAnotherJar() {
        assertThat(MappingDocuments.fromClasspath(org.assertj.core.api.Assertions.class, "assertj")).isEmpty();
    }
}
