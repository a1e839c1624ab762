package dev.briefings.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** The options that find an output folder and its job repository, shared by run, status and history. */
final class RepositoryOptions {

    @Option(names = "--output", paramLabel = "DIR",
            description = "Where editions are published; holds the embedded job repository (default: output/).")
    Path output;

    @Option(names = "--config", paramLabel = "FILE",
            description = "The configuration file: time zone, job repository (default: briefings.yaml).")
    Path config;

    Path output(Path project) {
        return output != null ? output : project.resolve("output");
    }

    ProjectConfig config(Path project) {
        return ProjectConfig.load(config != null ? config : project.resolve(ProjectConfig.DEFAULT_FILE), config != null,
                System.getenv());
    }
}
