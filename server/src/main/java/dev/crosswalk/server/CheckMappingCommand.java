package dev.crosswalk.server;

import dev.crosswalk.core.toolkit.mapping.UnifiedMapping;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code crosswalk check-mapping}: reads mapping files or overrides offline and lists every problem with its file,
 * line and column, without a server or a CRM (which fields exist is checked when an override is set on a connection).
 * Exit status 0 when every file reads well, 1 otherwise.
 */
@Command(name = "check-mapping", mixinStandardHelpOptions = true,
        description = "Check mapping files (docs/mappings.md) offline: syntax, keys, expressions, paths.")
final class CheckMappingCommand implements Callable<Integer> {

    @Option(names = "--override", description = "Check the files as overrides (no 'object' key) instead of a"
            + " connector's mapping files.")
    boolean override;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Mapping files, e.g. mappings/salesforce/contact.yaml")
    List<Path> files;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        int broken = 0;
        for (Path file : files) {
            List<String> problems = problems(file, Files.readString(file, StandardCharsets.UTF_8));
            if (problems.isEmpty()) {
                out.println(file + ": ok");
            } else {
                broken++;
                problems.forEach(out::println);
            }
        }
        out.flush();
        return broken == 0 ? 0 : 1;
    }

    private List<String> problems(Path file, String text) {
        return override
                ? UnifiedMapping.problemsIn(file.toString(), text)
                : UnifiedMapping.problemsInConnectorFile(file.toString(), text);
    }
}
