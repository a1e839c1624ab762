package dev.briefings.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.nio.file.Path;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import dev.briefings.edition.runs.Outcome;
import dev.briefings.data.InvalidProjectFile;
import dev.briefings.edition.Failures;
import dev.briefings.edition.ProjectCheck;

/** The {@code briefings} command: generates news briefings from event records. */
@Command(name = "briefings",
        mixinStandardHelpOptions = true,
        version = "briefings 0.1.0",
        description = "Generates the nightly news briefing in every language from structured event records.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  ./briefings run --date 2020-11-20",
            "  ./briefings preview 2020-11-19-rosgvardia-belarus-agreement --locale ru",
            "  ./briefings check --locale ru",
            "  ./briefings status",
            "  ./briefings diff --locale ru",
            "",
            "Exit codes: 0 edition complete, 1 job failed (the next run resumes it), 2 invalid invocation or",
            "project files (nothing generated), 3 edition complete with rejected records, 4 another run of",
            "the same edition is in progress."})
public final class BriefingsCommand {

    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "Show debug logs and the stack trace of any error.")
    boolean debug;

    /** How log lines are written. */
    enum LogFormat { text, json }

    @Option(names = "--log-format", scope = CommandLine.ScopeType.INHERIT, paramLabel = "FORMAT", defaultValue = "text",
            description = "text, or json for log shippers: one JSON object per line on standard error (default: ${DEFAULT-VALUE}).")
    LogFormat logFormat = LogFormat.text;

    @Option(names = "--project", scope = CommandLine.ScopeType.INHERIT, paramLabel = "DIR",
            description = "The project folder holding events/, translations/, templates/, output/ and briefings.yaml "
                    + "(default: the folder of the briefings launcher, else the current folder).")
    Path project = defaultProject();

    private static Path defaultProject() {
        String home = System.getenv("BRIEFINGS_HOME");
        return home == null || home.isBlank() ? Path.of(".") : Path.of(home);
    }

    /**
     * The subcommands, in the order help lists them. Picocli reads each one's options by reflection
     * when it is added (its classes are too old for the JVM's class archive): a run adds only the
     * one it names, which saves about 0.05 s of every start (#15).
     */
    private static final Map<String, Class<?>> SUBCOMMANDS = subcommands(RunCommand.class, PreviewCommand.class,
            CheckCommand.class, GlossaryCommand.class, StatusCommand.class, HistoryCommand.class, DiffCommand.class,
            CompletionCommand.class, CommandLine.HelpCommand.class);

    private static Map<String, Class<?>> subcommands(Class<?>... commands) {
        Map<String, Class<?>> byName = new LinkedHashMap<>();
        for (Class<?> command : commands) {
            byName.put(command.getAnnotation(Command.class).name(), command);
        }
        return Collections.unmodifiableMap(byName);
    }

    public static void main(String[] args) {
        CommandLine commandLine = commandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
        int exitCode = commandLine.execute(args);
        ClassArchive.markIfRepresentative(commandLine, exitCode);
        // The exit code is the run contract: schedulers and scripts act on it.
        exit(exitCode);
    }

    /**
     * Ends the process with this code. When a SIGTERM is being handled, the run's shutdown hook waits
     * for this thread to report how the run ended (System.exit would wait for the hook in turn), so
     * the process halts here with the run's own code rather than the signal's.
     */
    static void exit(int code) {
        if (shuttingDown()) {
            System.out.flush();
            System.err.flush();
            Runtime.getRuntime().halt(code);
        }
        System.exit(code);
    }

    private static boolean shuttingDown() {
        Thread probe = new Thread(() -> { });
        try {
            Runtime.getRuntime().addShutdownHook(probe);
            Runtime.getRuntime().removeShutdownHook(probe);
            return false;
        } catch (IllegalStateException e) {
            return true;
        }
    }

    /** The command line with every subcommand and its error handling, writing to the given streams (tests pass their own). */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine(out, err, new String[0]);
    }

    /**
     * The command line for these arguments: when the first names a subcommand, with that one alone
     * (what it parses and prints is the same); otherwise (help, completion, a mistyped name, which
     * picocli answers with the names it knows) with all of them.
     */
    static CommandLine commandLine(PrintWriter out, PrintWriter err, String[] args) {
        BriefingsCommand top = new BriefingsCommand();
        CommandLine commandLine = new CommandLine(top);
        String first = args.length == 0 ? "" : args[0];
        boolean alone = SUBCOMMANDS.containsKey(first) && !first.equals("help") && !first.equals("completion");
        for (Map.Entry<String, Class<?>> subcommand : SUBCOMMANDS.entrySet()) {
            if (!alone || subcommand.getKey().equals(first)) {
                commandLine.addSubcommand(subcommand.getKey(), subcommand.getValue());
            }
        }
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionStrategy(parseResult -> {
            top.configureLogging();
            return new CommandLine.RunLast().execute(parseResult);
        });
        commandLine.setExecutionExceptionHandler((exception, command, parseResult) -> {
            PrintWriter errors = command.getErr();
            int code = exitCodeOf(exception);
            List<String> details = new ArrayList<>();
            if (exception instanceof ProjectCheck.FilesInvalid invalid) {
                FindingsReport report = new FindingsReport(top.project);
                StringWriter findings = new StringWriter();
                PrintWriter listing = new PrintWriter(findings);
                invalid.errors().stream().limit(MAX_FINDINGS_SHOWN).forEach(f -> report.printFinding(listing, f));
                listing.flush();
                findings.toString().lines().forEach(details::add);
                if (invalid.errors().size() > MAX_FINDINGS_SHOWN) {
                    details.add("… and " + (invalid.errors().size() - MAX_FINDINGS_SHOWN) + " more: run ./briefings check");
                }
            }
            if (!top.debug && code == Outcome.EXIT_FAILED) {
                details.add("(run with --debug for the stack trace)");
            }
            top.errorLines(errors).error(messageOf(exception), details, code);
            if (top.debug) {
                exception.printStackTrace(errors);
                errors.flush();
            }
            return code;
        });
        return commandLine;
    }

    /** How this command line reports a failure on the given stream: plain text, or JSON like the logs. */
    ErrorLines errorLines(PrintWriter err) {
        return new ErrorLines(err, logFormat == LogFormat.json);
    }

    /** Findings listed when a run refuses broken project files; check lists them all. */
    static final int MAX_FINDINGS_SHOWN = 20;

    static int exitCodeOf(Exception exception) {
        return Failures.outcomeOf(exception).exitCode(0);
    }

    static String messageOf(Exception exception) {
        if (exception instanceof InvalidProjectFile invalid) {
            return invalid.describe();
        }
        String message = exception.getMessage();
        return message == null ? exception.getClass().getSimpleName() : message;
    }

    private void configureLogging() {
        if (logFormat == LogFormat.json) {
            JsonLogging.install();
        }
        if (!debug) {
            return;
        }
        if (LoggerFactory.getLogger("dev.briefings") instanceof Logger logger) {
            logger.setLevel(Level.DEBUG);
        }
        if (LoggerFactory.getLogger("org.springframework.batch") instanceof Logger logger) {
            logger.setLevel(Level.INFO);
        }
    }

    Path project() {
        return project;
    }
}
