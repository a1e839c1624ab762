package dev.briefings.cli;

import java.util.concurrent.Callable;

import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code briefings completion}: picocli's completion script for the whole command line. One
 * script serves bash and zsh (it turns on zsh's bash-completion layer itself).
 */
@Command(name = "completion",
        mixinStandardHelpOptions = true,
        description = {"Prints a shell completion script for bash and zsh: commands, options, and the values of "
                + "options such as --progress and --log-format. Bash also completes ./briefings, by its last part."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  # bash, this session:",
            "  source <(./briefings completion)",
            "  # bash, always:",
            "  ./briefings completion > ~/.local/share/bash-completion/completions/briefings",
            "  # zsh:",
            "  ./briefings completion > ~/.briefings-completion",
            "  echo 'source ~/.briefings-completion' >> ~/.zshrc"})
final class CompletionCommand implements Callable<Integer> {

    static final String COMMAND_NAME = "briefings";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        CommandLine top = spec.root().commandLine();
        spec.commandLine().getOut().print(AutoComplete.bash(COMMAND_NAME, top));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
