package dev.briefings.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import picocli.CommandLine;

/**
 * The program's half of the launcher's class archives (#15). The launcher asks the JVM to dump the
 * classes a command's first run loaded, and names the dump in the system property
 * {@value #DUMP_PROPERTY}; a dump is adopted as the command's archive for the jar only when the run
 * that wrote it left a marker beside it ({@code <dump>.ok}) saying that it did the command's usual
 * work. A first run that stopped early (a mistyped record id, a missing file, an edition already up
 * to date, a {@code --help}) loads a fraction of the classes, and an archive of it would leave every later run of the
 * command reading the rest from the jars again until the next build.
 */
final class ClassArchive {

    static final String DUMP_PROPERTY = "briefings.cds.dump";

    /** A command whose ordinary success does not always show its usual work (a run finding nothing to do). */
    interface Sample {

        /** Whether the run that ended with this exit code loaded what the command usually does. */
        boolean representative(int exitCode);
    }

    private ClassArchive() {
    }

    /** Leaves the marker when the launcher asked for a dump and the run that ended is representative. */
    static void markIfRepresentative(CommandLine commandLine, int exitCode) {
        String dump = System.getProperty(DUMP_PROPERTY);
        if (dump == null || dump.isBlank() || !representative(commandLine, exitCode)) {
            return;
        }
        try {
            Files.write(Path.of(dump + ".ok"), new byte[0]);
        } catch (IOException | RuntimeException e) {
            // no marker, no archive: the next run dumps again
        }
    }

    static boolean representative(CommandLine commandLine, int exitCode) {
        CommandLine.ParseResult parsed = commandLine.getParseResult();
        if (parsed == null) {
            return false;
        }
        // a --help or --version anywhere on the line prints text and loads nothing of the command
        while (true) {
            if (parsed.isUsageHelpRequested() || parsed.isVersionHelpRequested()) {
                return false;
            }
            if (!parsed.hasSubcommand()) {
                break;
            }
            parsed = parsed.subcommand();
        }
        Object command = parsed.commandSpec().userObject();
        return command instanceof Sample sample ? sample.representative(exitCode) : exitCode == 0;
    }
}
