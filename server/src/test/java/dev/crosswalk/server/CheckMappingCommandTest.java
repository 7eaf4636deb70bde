package dev.crosswalk.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CheckMappingCommandTest {

    @TempDir
    Path folder;

    private final StringWriter output = new StringWriter();

    private int run(String... args) {
        CommandLine command = new CommandLine(new CheckMappingCommand());
        command.setOut(new PrintWriter(output));
        return command.execute(args);
    }

    @Test
    void passesTheBundledConnectorFiles() {
        int status = run(Path.of("..", "connector-salesforce", "src", "main", "resources", "mappings", "salesforce",
                "contact.yaml").toString(), Path.of("..", "connector-salesforce", "src", "main", "resources",
                "mappings", "salesforce", "compat", "contact.yaml").toString());

        assertThat(status).as(output.toString()).isZero();
        assertThat(output.toString()).contains("contact.yaml: ok");
    }

    @Test
    void listsEveryProblemWithFileLineAndColumnAndFails() throws Exception {
        Path broken = Files.writeString(folder.resolve("contact.yaml"), "object: Contact\nresponse:\n  name: $join(["
                + "\n  deep: A.B.C.D.E.F\n");

        int status = run(broken.toString());

        assertThat(status).isEqualTo(1);
        assertThat(output.toString()).contains(broken + ":3:")
                .contains(broken + ":4:9: response.deep: the path 'A.B.C.D.E.F' has 6 levels");
    }

    @Test
    void checksOverridesWhichNameNoObject() throws Exception {
        Path override = Files.writeString(folder.resolve("override.yaml"), "response:\n  title: Title\n");

        assertThat(run("--override", override.toString())).isZero();
        assertThat(run(override.toString())).as("a connector file must name its object").isEqualTo(1);
    }
}
