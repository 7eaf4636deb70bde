package dev.crosswalk.server;

import com.google.inject.CreationException;
import com.google.inject.ProvisionException;
import com.google.inject.spi.Message;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code crosswalk} command line: {@code serve}, {@code demo}, {@code emulator}, {@code keys} and {@code check-mapping}. */
@Command(name = "crosswalk", mixinStandardHelpOptions = true, versionProvider = CrosswalkMain.JarVersion.class,
        description = "The open-source CRM connector framework's bundled server.",
        subcommands = {CrosswalkMain.Serve.class, CrosswalkMain.DemoCommand.class, CheckMappingCommand.class})
public final class CrosswalkMain {

    private CrosswalkMain() {
    }

    /**
     * Runs the command line.
     *
     * @param args {@code serve}, {@code demo}, {@code emulator} or {@code check-mapping} with their options;
     *     {@code --help} lists them
     */
    public static void main(String[] args) {
        // Guice's optional bytecode generation (AOP) is unused here and warns on JDK 24+; turn it off before Guice loads.
        System.setProperty("guice_bytecode_gen_option", "DISABLED");
        System.exit(commandLine().execute(args));
    }

    /** @return the command line with every subcommand, each named as it is typed and printing the jar's version */
    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new CrosswalkMain())
                .addSubcommand("emulator", EmulatorCommand.commandLine())
                .addSubcommand("keys", KeysCommand.commandLine(System.getenv(),
                        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))))
                .addSubcommand("connect", new CommandLine(new ConnectCommand(System.getenv())))
                .addSubcommand("reencrypt", new CommandLine(new ReencryptCommand(System.getenv())))
                .setExecutionExceptionHandler(CrosswalkMain::reportFailure);
        versions(commandLine.getSubcommands().values());
        return commandLine;
    }

    private static void versions(Collection<CommandLine> commands) {
        for (CommandLine command : commands) {
            command.getCommandSpec().versionProvider(new JarVersion());
            versions(command.getSubcommands().values());
        }
    }

    /** The version written into the jar's manifest by the build. */
    static final class JarVersion implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = CrosswalkMain.class.getPackage().getImplementationVersion();
            return new String[] {"Crosswalk " + (version == null ? "(development build)" : version)};
        }
    }

    /** A failed start is told in one line a person can act on; the stack trace only with CROSSWALK_DEBUG=true. */
    private static int reportFailure(Exception failure, CommandLine commandLine, CommandLine.ParseResult parsed) {
        commandLine.getErr().println("crosswalk " + commandLine.getCommandName() + " failed: " + describe(failure));
        if ("true".equals(System.getenv("CROSSWALK_DEBUG"))) {
            failure.printStackTrace(commandLine.getErr());
        }
        return 1;
    }

    private static String describe(Throwable failure) {
        Collection<Message> wiringErrors = failure instanceof CreationException creation ? creation.getErrorMessages()
                : failure instanceof ProvisionException provision ? provision.getErrorMessages() : List.of();
        Optional<Throwable> firstCause = wiringErrors.stream().map(Message::getCause).filter(Objects::nonNull).findFirst();
        if (firstCause.isPresent()) {
            return describe(firstCause.get());
        }
        if (failure instanceof NoSuchFileException missing) {
            return "no such file: " + missing.getFile();
        }
        StringBuilder message = new StringBuilder(failure.getMessage() == null
                ? failure.getClass().getSimpleName() : failure.getMessage());
        for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
            // our own exceptions already say all there is; a library's cause adds the underlying reason
            boolean ours = cause.getClass().getName().startsWith("dev.crosswalk.");
            if (!ours && cause.getMessage() != null && !message.toString().contains(cause.getMessage())) {
                message.append(": ").append(cause.getMessage());
            }
        }
        return message.toString();
    }

    @Command(name = "serve", mixinStandardHelpOptions = true,
            description = "Serve the unified API with the configured connectors and database.")
    static final class Serve implements Callable<Integer> {

        @Option(names = "--config", required = true, description = "Properties file: http.*, database.*, connector.<kind>.<key>.")
        Path config;

        @Override
        public Integer call() throws IOException, InterruptedException {
            CrosswalkServer server = CrosswalkServer.start(ServerSettings.load(config, System.getenv()));
            System.out.println("Crosswalk serves the unified API at " + server.url());
            runUntilShutdown(server);
            return 0;
        }
    }

    @Command(name = "demo", mixinStandardHelpOptions = true,
            description = "Start the Salesforce emulator and the server with a demo tenant, key and connection.")
    static final class DemoCommand implements Callable<Integer> {

        @Option(names = "--port", defaultValue = "8080", description = "HTTP port of the unified API. Default: ${DEFAULT-VALUE}")
        int port;

        @Option(names = "--data-dir", defaultValue = "data", description = "Folder for the H2 database and token key. Default: ${DEFAULT-VALUE}")
        Path dataDirectory;

        @Option(names = "--contacts", defaultValue = "2500", description = "Contacts the emulator generates. Default: ${DEFAULT-VALUE}")
        int contacts;

        @Override
        public Integer call() throws InterruptedException {
            Demo demo = Demo.start(dataDirectory, "127.0.0.1", port, contacts);
            printBanner(demo, System.out);
            runUntilShutdown(demo);
            return 0;
        }

        private static void printBanner(Demo demo, PrintStream out) {
            out.println();
            out.println("Crosswalk demo is running (Ctrl-C stops it).");
            out.println("  Unified API:   " + demo.url());
            out.println("  API key:       " + demo.apiKey().reveal() + "   (tenant '" + Demo.TENANT + "'; shown once)");
            out.println("                 export KEY=" + demo.apiKey().reveal() + "   (for the README's examples)");
            out.println("  Connections:   " + Demo.CONNECTION + " -> the in-process Salesforce emulator at "
                    + demo.emulatorBaseUrl());
            out.println("                 export EMU=" + demo.emulatorBaseUrl() + "   (for the README's examples)");
            out.println("  Customer app:  a second Connected App in the emulator's org, the customer's own:");
            out.println("                 export APP_ID=" + demo.customerAppCredentials().clientId() + " APP_SECRET="
                    + demo.customerAppCredentials().clientSecret() + "   (for the README's examples)");
            out.println("                 " + Demo.HUBSPOT_CONNECTION + " -> the in-process HubSpot emulator at "
                    + demo.hubSpotBaseUrl());
            out.println();
            out.println("List contacts:");
            out.println("  " + demo.curl());
            out.println("Next page: add &cursor=<next_cursor from the response>. More:");
            out.println("  " + demo.curl(demo.url("accounts", "")));
            out.println("  " + demo.curl(demo.url("opportunities", "page_size=5")));
            out.println("  " + demo.curl(demo.url("objects/Deal_Registration__c", "page_size=5")));
            out.println("  " + demo.curl(demo.url("schema", "")));
            out.println("  " + demo.curl(demo.url("quota", "")));
            out.println("Every route is in " + demo.url() + "/openapi.json and in the README.");
            out.println();
        }
    }

    /** Blocks until the JVM is asked to stop (Ctrl-C, SIGTERM), then closes {@code running} from the shutdown hook. */
    private static void runUntilShutdown(AutoCloseable running) throws InterruptedException {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                running.close();
            } catch (Exception failed) {
                // the JVM is exiting: one line on the console is all that can still be told
                System.err.println("crosswalk: shutting down did not finish cleanly: " + describe(failed));
            }
        }, "crosswalk-shutdown"));
        new CountDownLatch(1).await();
    }
}
